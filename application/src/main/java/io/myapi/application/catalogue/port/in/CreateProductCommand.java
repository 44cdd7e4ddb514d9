package io.myapi.application.catalogue.port.in;

import io.myapi.application.identity.port.in.Caller;

/**
 * Input of a product creation.
 *
 * @param caller a manager
 * @param draft the product
 */
public record CreateProductCommand(Caller caller, ProductDraft draft) {
}
