package io.myapi.bootstrap.wiring;

import io.myapi.application.catalogue.service.ProductManagementService;
import io.myapi.application.catalogue.service.ProductQueryService;
import io.myapi.application.identity.port.out.IdGenerator;
import io.myapi.application.lifecycle.LifecycleHook;
import io.myapi.application.order.service.OrderService;
import io.myapi.application.order.service.PlaceOrderService;
import io.myapi.application.shared.RetryPolicy;
import io.myapi.application.shared.TransactionRunner;
import io.myapi.application.shared.UseCaseLog;
import io.myapi.bootstrap.config.MyApiProperties;
import io.myapi.domain.catalogue.ProductRepository;
import io.myapi.domain.order.OrderRepository;
import io.myapi.infrastructure.persistence.catalogue.CataloguePersistenceConfiguration;
import io.myapi.infrastructure.persistence.order.OrderPersistenceConfiguration;
import io.myapi.infrastructure.transaction.Slf4jUseCaseLog;
import io.myapi.infrastructure.transaction.SpringTransactionRunner;
import io.myapi.web.commerce.CommerceWebConfiguration;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;

/** Catalogue and orders: persistence adapters, the transaction boundary, and every use case. */
@Configuration(proxyBeanMethods = false)
@Import({CataloguePersistenceConfiguration.class, OrderPersistenceConfiguration.class, CommerceWebConfiguration.class})
public class CommerceConfiguration {

    /** Attempts of an order that keeps losing stock races: enough for 50 buyers of one product. */
    static final int ORDER_ATTEMPTS = 12;

    @Bean
    TransactionRunner transactionRunner(PlatformTransactionManager transactionManager) {
        return new SpringTransactionRunner(transactionManager);
    }

    @Bean
    UseCaseLog useCaseLog() {
        return new Slf4jUseCaseLog();
    }

    @Bean
    RetryPolicy orderRetryPolicy() {
        SecureRandom random = new SecureRandom();
        return new RetryPolicy(ORDER_ATTEMPTS, Duration.ofMillis(5), Duration.ofMillis(200),
                bound -> bound <= 0 ? 0 : random.nextInt((int) bound + 1), millis -> sleep(millis));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Bean
    ProductManagementService productManagementService(ProductRepository products, IdGenerator ids, TransactionRunner transactions,
            UseCaseLog log, Clock clock) {
        return new ProductManagementService(products, ids, transactions, log, clock);
    }

    @Bean
    LifecycleHook demoCatalogueHook(ProductRepository products, IdGenerator ids, MyApiProperties settings, Clock clock) {
        return new DemoCatalogueHook(products, ids, settings, clock);
    }

    @Bean
    ProductQueryService productQueryService(ProductRepository products) {
        return new ProductQueryService(products);
    }

    @Bean
    PlaceOrderService placeOrderService(ProductRepository products, OrderRepository orders, IdGenerator ids,
            TransactionRunner transactions, RetryPolicy orderRetryPolicy, UseCaseLog log, Clock clock) {
        return new PlaceOrderService(products, orders, ids, transactions, orderRetryPolicy, log, clock);
    }

    @Bean
    OrderService orderService(OrderRepository orders, ProductRepository products, TransactionRunner transactions,
            RetryPolicy orderRetryPolicy, UseCaseLog log, Clock clock) {
        return new OrderService(orders, products, transactions, orderRetryPolicy, log, clock);
    }
}
