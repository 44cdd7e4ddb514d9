package io.myapi.infrastructure.persistence.catalogue;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data access to {@code products}; deleted rows never appear. */
interface SpringDataProductRepository extends JpaRepository<ProductJpaEntity, String> {

    List<ProductJpaEntity> findByIdGreaterThanOrderByIdAsc(String afterId, Limit limit);

    List<ProductJpaEntity> findAllByOrderByIdAsc(Limit limit);
}
