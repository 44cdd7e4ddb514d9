package io.myapi.web.commerce;

import io.myapi.application.catalogue.port.in.BulkCreateProductsUseCase;
import io.myapi.application.catalogue.port.in.CreateProductUseCase;
import io.myapi.application.catalogue.port.in.DeleteProductUseCase;
import io.myapi.application.catalogue.port.in.GetProductUseCase;
import io.myapi.application.catalogue.port.in.ListProductsByCursorUseCase;
import io.myapi.application.catalogue.port.in.ListProductsUseCase;
import io.myapi.application.catalogue.port.in.UpdateProductUseCase;
import io.myapi.application.order.port.in.CancelOrderUseCase;
import io.myapi.application.order.port.in.ChangeOrderStatusUseCase;
import io.myapi.application.order.port.in.GetOrderUseCase;
import io.myapi.application.order.port.in.ListOrdersUseCase;
import io.myapi.application.order.port.in.PlaceOrderUseCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalogue and order controllers, declared explicitly. */
@Configuration(proxyBeanMethods = false)
public class CommerceWebConfiguration {

    @Bean
    ProductController productController(CreateProductUseCase create, BulkCreateProductsUseCase bulkCreate, UpdateProductUseCase update,
            DeleteProductUseCase delete, GetProductUseCase get, ListProductsUseCase list) {
        return new ProductController(create, bulkCreate, update, delete, get, list);
    }

    @Bean
    ProductV2Controller productV2Controller(ListProductsByCursorUseCase list) {
        return new ProductV2Controller(list);
    }

    @Bean
    OrderController orderController(PlaceOrderUseCase place, ListOrdersUseCase list, GetOrderUseCase get, CancelOrderUseCase cancel,
            ChangeOrderStatusUseCase changeStatus) {
        return new OrderController(place, list, get, cancel, changeStatus);
    }
}
