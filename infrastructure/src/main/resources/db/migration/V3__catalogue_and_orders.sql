-- Products and orders (issue 4). Standard SQL only (see V1).
CREATE TABLE products (
    id              CHAR(26)                 NOT NULL PRIMARY KEY,
    sku             VARCHAR(32)              NOT NULL,
    name            VARCHAR(200)             NOT NULL,
    description     VARCHAR(2000)            NOT NULL,
    price_amount    NUMERIC(19, 4)           NOT NULL,
    price_currency  CHAR(3)                  NOT NULL,
    stock           INTEGER                  NOT NULL,
    is_deleted      BOOLEAN                  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT uq_products_sku UNIQUE (sku),
    CONSTRAINT ck_products_stock CHECK (stock >= 0),
    CONSTRAINT ck_products_price CHECK (price_amount >= 0)
);

CREATE INDEX ix_products_created ON products (created_at, id);

CREATE TABLE orders (
    id              CHAR(26)                 NOT NULL PRIMARY KEY,
    owner_id        CHAR(26)                 NOT NULL REFERENCES users (id),
    status          VARCHAR(16)              NOT NULL,
    total_amount    NUMERIC(19, 4)           NOT NULL,
    total_currency  CHAR(3)                  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL
);

CREATE INDEX ix_orders_owner ON orders (owner_id, created_at);

CREATE TABLE order_lines (
    order_id             CHAR(26)       NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no              INTEGER        NOT NULL,
    product_id           CHAR(26)       NOT NULL REFERENCES products (id),
    quantity             INTEGER        NOT NULL,
    unit_price_amount    NUMERIC(19, 4) NOT NULL,
    unit_price_currency  CHAR(3)        NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
