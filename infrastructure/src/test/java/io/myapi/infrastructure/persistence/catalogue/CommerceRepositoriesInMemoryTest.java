package io.myapi.infrastructure.persistence.catalogue;

import io.myapi.application.commerce.InMemoryOrderRepository;
import io.myapi.application.commerce.InMemoryProductRepository;
import io.myapi.application.identity.support.InMemoryUserRepository;
import io.myapi.domain.catalogue.ProductRepository;
import io.myapi.domain.order.OrderRepository;
import io.myapi.domain.user.UserRepository;
import org.junit.jupiter.api.Tag;

/** The same contract on the in-memory twins the use-case tests rely on (R11.4). */
@Tag("R11.4")
class CommerceRepositoriesInMemoryTest extends CommerceRepositoryContract {

    private final ProductRepository products = new InMemoryProductRepository();
    private final OrderRepository orders = new InMemoryOrderRepository();
    private final UserRepository users = new InMemoryUserRepository();

    @Override
    ProductRepository products() {
        return products;
    }

    @Override
    OrderRepository orders() {
        return orders;
    }

    @Override
    UserRepository users() {
        return users;
    }
}
