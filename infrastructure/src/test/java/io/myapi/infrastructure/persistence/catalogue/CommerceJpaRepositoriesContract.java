package io.myapi.infrastructure.persistence.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.f4b6a3.ulid.UlidCreator;
import io.myapi.domain.catalogue.Product;
import io.myapi.domain.catalogue.ProductRepository;
import io.myapi.domain.order.OrderRepository;
import io.myapi.domain.user.UserRepository;
import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The repository contract on JPA, plus what only a database does: validation before insert, JDBC batches, kept rows. */
abstract class CommerceJpaRepositoriesContract extends CommerceRepositoryContract {

    @Autowired
    ProductRepository products;

    @Autowired
    OrderRepository orders;

    @Autowired
    UserRepository users;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    TransactionTemplate transactions;

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

    @Test
    @Tag("R6.3")
    void aSoftDeletedProductStaysInTheTable() {
        Product product = product("Jug " + marker(), "8.00");
        products.save(product);
        Product loaded = products.findById(product.id()).orElseThrow();
        loaded.delete(NOW);
        products.save(loaded);

        Long kept = transactions.execute(status -> (Long) entityManagerFactory.createEntityManager()
                .createNativeQuery("SELECT count(*) FROM products WHERE id = '" + product.id() + "' AND is_deleted").getSingleResult());
        assertThat(kept).isEqualTo(1L);
        assertThat(products.findById(product.id())).isEmpty();
    }

    @Test
    @Tag("R6.4")
    void rowsAreValidatedBeforeTheyReachTheDatabase() {
        ProductJpaEntity row = new ProductJpaEntity();
        row.id = UlidCreator.getMonotonicUlid().toString();
        row.sku = "not a sku";
        row.name = "";
        row.description = "";
        row.priceAmount = new BigDecimal("-1");
        row.priceCurrency = "EUR";
        row.createdAt = NOW;
        row.updatedAt = NOW;

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            var em = entityManagerFactory.createEntityManager();
            em.joinTransaction();
            em.persist(row);
            em.flush();
        })).isInstanceOf(ConstraintViolationException.class).hasMessageContaining("sku").hasMessageContaining("name");
    }

    @Test
    @Tag("R6.5")
    void aThousandProductsGoOutInJdbcBatches() {
        List<Product> batch = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            batch.add(product("Bulk " + i, "1.00"));
        }
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        products.insertAll(batch);

        assertThat(statistics.getEntityInsertCount()).isEqualTo(1000);
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(20);
        assertThat(products.findAllById(batch.stream().map(Product::id).toList())).hasSize(1000);
    }
}
