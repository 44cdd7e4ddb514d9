package io.myapi.it;

import static io.myapi.it.IdentityApi.PASSWORD;
import static io.myapi.it.IdentityApi.assertProblem;
import static io.myapi.it.IdentityApi.json;
import static io.myapi.it.IdentityApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.domain.user.Role;
import io.myapi.domain.user.User;
import io.myapi.domain.user.UserId;
import io.myapi.domain.user.UserRepository;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Catalogue and orders end to end over HTTP, in production mode on the real PostgreSQL. */
@ExtendWith(OutputCaptureExtension.class)
class CommerceProductionIT extends ProductionContext {

    @LocalServerPort
    int port;

    @Autowired
    UserRepository users;

    @Autowired
    DataSource dataSource;

    private IdentityApi api() {
        return new IdentityApi(port);
    }

    private String tokenWithRoles(EnumSet<Role> roles) throws Exception {
        String email = uniqueEmail();
        String id = api().register(email).get("id").asString();
        User user = users.findById(UserId.parse(id)).orElseThrow();
        user.replaceRoles(roles, Instant.now());
        users.save(user);
        return api().loginOk(email, PASSWORD).get("access_token").asString();
    }

    private String customerToken() throws Exception {
        String email = uniqueEmail();
        api().register(email);
        return api().loginOk(email, PASSWORD).get("access_token").asString();
    }

    private static String sku() {
        return "SKU-" + UUID.randomUUID().toString().substring(0, 18).toUpperCase(java.util.Locale.ROOT);
    }

    private static String product(String sku, String amount, int stock) {
        return "{\"sku\":\"" + sku + "\",\"name\":\"Mug " + sku + "\",\"description\":\"Stoneware\","
                + "\"price\":{\"amount\":\"" + amount + "\",\"currency\":\"EUR\"},\"stock\":" + stock + "}";
    }

    private String createProduct(String manager, String amount, int stock) throws Exception {
        HttpResponse<String> created = api().withBearer("POST", "/api/v1/products", product(sku(), amount, stock), manager);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    private HttpResponse<String> order(String customer, String productId, int quantity) throws Exception {
        return api().withBearer("POST", "/api/v1/orders",
                "{\"lines\":[{\"product_id\":\"" + productId + "\",\"quantity\":" + quantity + "}]}", customer);
    }

    @Test
    @Tag("R5.3")
    @Tag("R22.5")
    void aUseCaseCommitsAllOrNothing() throws Exception {
        String manager = tokenWithRoles(EnumSet.of(Role.MANAGER));
        String plenty = createProduct(manager, "1.00", 50);
        String scarce = createProduct(manager, "2.00", 1);
        String customer = customerToken();

        HttpResponse<String> refused = api().withBearer("POST", "/api/v1/orders", "{\"lines\":[{\"product_id\":\"" + plenty
                + "\",\"quantity\":5},{\"product_id\":\"" + scarce + "\",\"quantity\":2}]}", customer);

        assertProblem(refused, 409, "INSUFFICIENT_STOCK");
        assertThat(json(api().withBearer("GET", "/api/v1/products/" + plenty, null, manager)).get("stock").asInt()).isEqualTo(50);
        assertThat(json(api().withBearer("GET", "/api/v1/orders", null, customer)).get("total").asInt()).isZero();

        String taken = json(api().withBearer("GET", "/api/v1/products/" + plenty, null, manager)).get("sku").asString();
        String fresh = sku();
        assertProblem(api().withBearer("POST", "/api/v1/products/bulk",
                "{\"items\":[" + product(fresh, "1.00", 1) + "," + product(taken, "1.00", 1) + "]}", manager), 409, "SKU_TAKEN");
        Integer stored = new JdbcTemplate(dataSource).queryForObject("SELECT count(*) FROM products WHERE sku = ?", Integer.class, fresh);
        assertThat(stored).isZero();
    }

    @Test
    @Tag("R22.6")
    @Tag("R5.4")
    void fiftyConcurrentOrdersForTheLastTenUnitsSellExactlyTen(CapturedOutput output) throws Exception {
        String manager = tokenWithRoles(EnumSet.of(Role.MANAGER));
        String productId = createProduct(manager, "4.99", 10);
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            customers.add(customerToken());
        }
        ExecutorService pool = Executors.newFixedThreadPool(25);
        List<Callable<Integer>> buyers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String customer = customers.get(i % customers.size());
            buyers.add(() -> order(customer, productId, 1).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> result : pool.invokeAll(buyers)) {
                statuses.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(10);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(40);
        JsonNode product = json(api().withBearer("GET", "/api/v1/products/" + productId, null, manager));
        assertThat(product.get("stock").asInt()).isZero();
        Integer sold = new JdbcTemplate(dataSource).queryForObject(
                "SELECT coalesce(sum(quantity), 0) FROM order_lines WHERE product_id = ?", Integer.class, productId);
        assertThat(sold).isEqualTo(10);
        assertThat(output.getAll()).contains("stock changed concurrently; retrying", "\"use_case\":\"place_order\"", "\"user_id\":",
                "\"order_id\":", "\"correlation_id\":");
    }

    @Test
    @Tag("R22.6")
    void ordersListingTheSameProductsInOppositeOrderNeverDeadlockIntoA500() throws Exception {
        String manager = tokenWithRoles(EnumSet.of(Role.MANAGER));
        String first = createProduct(manager, "1.00", 100);
        String second = createProduct(manager, "2.00", 100);
        String customer = customerToken();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<Integer>> buyers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String a = i % 2 == 0 ? first : second;
            String b = i % 2 == 0 ? second : first;
            buyers.add(() -> api().withBearer("POST", "/api/v1/orders", "{\"lines\":[{\"product_id\":\"" + a + "\",\"quantity\":1},"
                    + "{\"product_id\":\"" + b + "\",\"quantity\":1}]}", customer).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> result : pool.invokeAll(buyers)) {
                statuses.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).containsOnly(201);
        assertThat(json(api().withBearer("GET", "/api/v1/products/" + first, null, manager)).get("stock").asInt()).isEqualTo(80);
        assertThat(json(api().withBearer("GET", "/api/v1/products/" + second, null, manager)).get("stock").asInt()).isEqualTo(80);
    }

    @Test
    @Tag("R5.2")
    void badInputIsA400NamingEveryFieldNeverA500() throws Exception {
        String manager = tokenWithRoles(EnumSet.of(Role.MANAGER));
        String productId = createProduct(manager, "3.00", 3);

        HttpResponse<String> patch = api().withBearer("PATCH", "/api/v1/products/" + productId,
                "{\"name\":\"\",\"stock\":-1,\"price\":{\"amount\":\"1.001\",\"currency\":\"EUR\"}}", manager);
        assertProblem(patch, 400, "VALIDATION_FAILED");
        assertThat(patch.body()).contains("\"name\"", "\"stock\"", "price.amount");
        assertProblem(api().withBearer("GET", "/api/v1/products?q=%00", null, manager), 400, "VALIDATION_FAILED");
        assertProblem(api().withBearer("POST", "/api/v1/products", "{\"sku\":\"" + sku() + "\",\"name\":\"Nul\","
                + "\"description\":\"a\\u0000b\",\"price\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\"stock\":1}", manager),
                400, "VALIDATION_FAILED");
        String customer = customerToken();
        String orderId = json(order(customer, productId, 1)).get("id").asString();
        assertProblem(api().withBearer("POST", "/api/v1/orders/" + orderId + "/status", "{\"status\":\"PLACED\"}", manager),
                400, "VALIDATION_FAILED");
    }

    @Test
    @Tag("R12.1")
    void aCustomerNeitherSeesNorCancelsAnotherCustomersOrder() throws Exception {
        String manager = tokenWithRoles(EnumSet.of(Role.MANAGER));
        String productId = createProduct(manager, "10.00", 5);
        String alice = customerToken();
        String bob = customerToken();
        HttpResponse<String> placed = order(alice, productId, 2);
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        String orderId = json(placed).get("id").asString();

        assertProblem(api().withBearer("GET", "/api/v1/orders/" + orderId, null, bob), 404, "NOT_FOUND");
        assertProblem(api().withBearer("POST", "/api/v1/orders/" + orderId + "/cancel", null, bob), 404, "NOT_FOUND");
        assertThat(json(api().withBearer("GET", "/api/v1/orders", null, bob)).get("total").asInt()).isZero();
        assertThat(json(api().withBearer("GET", "/api/v1/orders", null, alice)).get("items").get(0).get("id").asString()).isEqualTo(orderId);
        assertProblem(api().withBearer("POST", "/api/v1/orders/" + orderId + "/status", "{\"status\":\"PAID\"}", alice), 403, "ACCESS_DENIED");

        HttpResponse<String> paid = api().withBearer("POST", "/api/v1/orders/" + orderId + "/status", "{\"status\":\"PAID\"}", manager);
        assertThat(json(paid).get("status").asString()).isEqualTo("PAID");
        assertProblem(api().withBearer("POST", "/api/v1/orders/" + orderId + "/cancel", null, alice), 409, "ILLEGAL_STATUS_CHANGE");
        assertThat(json(api().withBearer("GET", "/api/v1/orders/" + orderId, null, manager)).get("status").asString()).isEqualTo("PAID");
    }

    @Test
    @Tag("R12.2")
    @Tag("R4.3")
    void customersCannotMassAssignAndTotalsAreExact() throws Exception {
        String manager = tokenWithRoles(EnumSet.of(Role.MANAGER));
        String productId = createProduct(manager, "0.10", 100);
        String customer = customerToken();

        for (String extra : List.of("\"owner\":\"01ARZ3NDEKTSV4RRFFQ69G5FAV\"", "\"status\":\"PAID\"",
                "\"total\":{\"amount\":\"0.00\",\"currency\":\"EUR\"}")) {
            HttpResponse<String> response = api().withBearer("POST", "/api/v1/orders",
                    "{\"lines\":[{\"product_id\":\"" + productId + "\",\"quantity\":1}]," + extra + "}", customer);
            assertProblem(response, 400, "VALIDATION_FAILED");
        }
        assertProblem(api().withBearer("POST", "/api/v1/orders",
                "{\"lines\":[{\"product_id\":\"" + productId + "\",\"quantity\":1,\"unit_price\":{\"amount\":\"0.01\",\"currency\":\"EUR\"}}]}",
                customer), 400, "VALIDATION_FAILED");
        assertProblem(api().withBearer("POST", "/api/v1/products", product(sku(), "1.00", 1), customer), 403, "ACCESS_DENIED");

        HttpResponse<String> placed = order(customer, productId, 3);
        JsonNode order = json(placed);
        assertThat(order.get("total").get("amount").asString()).isEqualTo("0.30");
        assertThat(order.get("lines").get(0).get("unit_price").get("amount").asString()).isEqualTo("0.10");
    }

    @Test
    @Tag("R6.3")
    @Tag("R6.1")
    @Tag("R23.1")
    @Tag("R23.2")
    @Tag("R23.6")
    void managersCreateUpdateAndSoftDeleteProductsAndCustomersListThem() throws Exception {
        String manager = tokenWithRoles(EnumSet.of(Role.MANAGER));
        String customer = customerToken();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> created = api().withBearer("POST", "/api/v1/products",
                    "{\"sku\":\"" + sku() + "\",\"name\":\"Lamp " + marker + " " + i + "\",\"description\":\"\","
                            + "\"price\":{\"amount\":\"" + (10 + i) + ".50\",\"currency\":\"EUR\"},\"stock\":3}", manager);
            ids.add(json(created).get("id").asString());
        }
        HttpResponse<String> patched = api().withBearer("PATCH", "/api/v1/products/" + ids.get(0),
                "{\"price\":{\"amount\":\"99.00\",\"currency\":\"EUR\"}}", manager);
        assertThat(json(patched).get("price").get("amount").asString()).isEqualTo("99.00");
        assertThat(api().withBearer("DELETE", "/api/v1/products/" + ids.get(1), null, manager).statusCode()).isEqualTo(204);

        HttpResponse<String> page = api().withBearer("GET", "/api/v1/products?q=" + marker + "&sort=-price&limit=1", null, customer);
        assertThat(page.headers().firstValue("Deprecation")).hasValueSatisfying(value -> assertThat(value).matches("@\\d+"));
        assertThat(page.headers().firstValue("Sunset")).hasValueSatisfying(value -> assertThat(value).contains("2027"));
        JsonNode v2 = json(api().withBearer("GET", "/api/v2/products?limit=1", null, customer));
        assertThat(v2.has("next_cursor")).isTrue();
        assertThat(api().withBearer("GET", "/api/v2/products?limit=1", null, customer).headers().firstValue("Deprecation")).isEmpty();
        assertThat(page.headers().firstValue("Link")).hasValueSatisfying(link -> assertThat(link).contains("/api/v2/products"));
        JsonNode body = json(page);
        assertThat(body.get("total").asInt()).isEqualTo(2);
        assertThat(body.get("items").get(0).get("id").asString()).isEqualTo(ids.get(0));
        JsonNode second = json(api().withBearer("GET", "/api/v1/products?q=" + marker + "&sort=-price&limit=1&skip=1", null, customer));
        assertThat(second.get("items").get(0).get("id").asString()).isEqualTo(ids.get(2));

        assertProblem(api().withBearer("GET", "/api/v1/products/" + ids.get(1), null, customer), 404, "NOT_FOUND");
        assertProblem(order(customer, ids.get(1), 1), 400, "VALIDATION_FAILED");
        assertProblem(api().withBearer("GET", "/api/v1/products?limit=101", null, customer), 400, "VALIDATION_FAILED");
        assertProblem(api().withBearer("GET", "/api/v1/products?sort=password", null, customer), 400, "VALIDATION_FAILED");
        assertProblem(api().withBearer("GET", "/api/v1/products/not-a-ulid", null, customer), 400, "VALIDATION_FAILED");
        JsonNode injection = json(api().withBearer("GET", "/api/v1/products?q=%27%20OR%201%3D1%20--", null, customer));
        assertThat(injection.get("total").asInt()).isZero();
    }

    @Test
    @Tag("R6.5")
    void aThousandProductsAreCreatedInOneRequestOrNotAtAll() throws Exception {
        String manager = tokenWithRoles(EnumSet.of(Role.MANAGER));
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            items.append(i == 0 ? "" : ",").append(product(sku(), "1.00", 1));
        }
        HttpResponse<String> created = api().withBearer("POST", "/api/v1/products/bulk", "{\"items\":[" + items + "]}", manager);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).get("items").size()).isEqualTo(1000);

        String duplicate = sku();
        HttpResponse<String> refused = api().withBearer("POST", "/api/v1/products/bulk",
                "{\"items\":[" + product(duplicate, "1.00", 1) + "," + product(duplicate, "2.00", 1) + "," + product("bad sku", "-1", 1) + "]}",
                manager);
        assertProblem(refused, 400, "VALIDATION_FAILED");
        assertThat(refused.body()).contains("items[1].sku", "items[2].sku");
        Integer stored = new JdbcTemplate(dataSource).queryForObject("SELECT count(*) FROM products WHERE sku = ?", Integer.class, duplicate);
        assertThat(stored).isZero();
    }
}
