package io.myapi.domain.order;

import io.myapi.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Where orders live. */
public interface OrderRepository {

    /**
     * Inserts or updates.
     *
     * @param order the order
     */
    void save(Order order);

    /**
     * Looks an order up.
     *
     * @param id identifier
     * @return the order, if any
     */
    Optional<Order> findById(OrderId id);

    /**
     * A page of one customer's orders, newest first.
     *
     * @param owner the customer
     * @param skip rows to skip
     * @param limit most rows
     * @return the orders
     */
    List<Order> listByOwner(UserId owner, int skip, int limit);

    /**
     * How many orders a customer has.
     *
     * @param owner the customer
     * @return the count
     */
    long countByOwner(UserId owner);

    /**
     * A page of every order, newest first.
     *
     * @param skip rows to skip
     * @param limit most rows
     * @return the orders
     */
    List<Order> listAll(int skip, int limit);

    /**
     * How many orders exist.
     *
     * @return the count
     */
    long count();
}
