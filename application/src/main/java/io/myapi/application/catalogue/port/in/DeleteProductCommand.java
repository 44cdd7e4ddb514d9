package io.myapi.application.catalogue.port.in;

import io.myapi.application.identity.port.in.Caller;

/**
 * Input of a soft delete.
 *
 * @param caller a manager
 * @param productId the product, as received
 */
public record DeleteProductCommand(Caller caller, String productId) {
}
