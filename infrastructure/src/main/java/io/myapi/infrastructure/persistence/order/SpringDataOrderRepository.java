package io.myapi.infrastructure.persistence.order;

import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data access to {@code orders}. */
interface SpringDataOrderRepository extends JpaRepository<OrderJpaEntity, String> {

    long countByOwnerId(String ownerId);
}
