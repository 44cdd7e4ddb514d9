package io.myapi.web.commerce;

import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.order.port.in.CancelOrderUseCase;
import io.myapi.application.order.port.in.ChangeOrderStatusCommand;
import io.myapi.application.order.port.in.ChangeOrderStatusUseCase;
import io.myapi.application.order.port.in.GetOrderUseCase;
import io.myapi.application.order.port.in.ListOrdersQuery;
import io.myapi.application.order.port.in.ListOrdersUseCase;
import io.myapi.application.order.port.in.OrderReference;
import io.myapi.application.order.port.in.PlaceOrderCommand;
import io.myapi.application.order.port.in.PlaceOrderUseCase;
import io.myapi.web.commerce.CommerceResponses.OrderBody;
import io.myapi.web.commerce.CommerceResponses.OrderPageBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/orders}: placing, reading, cancelling orders, and (managers) moving them along. */
@RestController
@RequestMapping(path = "/api/v1/orders", produces = MediaType.APPLICATION_JSON_VALUE)
public class OrderController {

    private final PlaceOrderUseCase place;
    private final ListOrdersUseCase list;
    private final GetOrderUseCase get;
    private final CancelOrderUseCase cancel;
    private final ChangeOrderStatusUseCase changeStatus;

    /**
     * Creates the controller.
     *
     * @param place placing
     * @param list listing
     * @param get reading
     * @param cancel cancelling
     * @param changeStatus status changes
     */
    public OrderController(PlaceOrderUseCase place, ListOrdersUseCase list, GetOrderUseCase get, CancelOrderUseCase cancel,
            ChangeOrderStatusUseCase changeStatus) {
        this.place = place;
        this.list = list;
        this.get = get;
        this.cancel = cancel;
        this.changeStatus = changeStatus;
    }

    /** {@code Idempotency-Key} is accepted (up to 255 characters) and not yet acted on. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OrderBody> place(@AuthenticationPrincipal Caller caller, @Valid @RequestBody CommerceRequests.PlaceOrder body,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 255) @Nullable String idempotencyKey) {
        var order = place.place(new PlaceOrderCommand(caller, body.lines().stream().map(CommerceRequests.Line::toDraft).toList()));
        return ResponseEntity.status(HttpStatus.CREATED).body(OrderBody.from(order));
    }

    @GetMapping
    OrderPageBody list(@AuthenticationPrincipal Caller caller, @RequestParam(name = "skip", defaultValue = "0") int skip,
            @RequestParam(name = "limit", defaultValue = "20") int limit) {
        return OrderPageBody.from(list.list(new ListOrdersQuery(caller, skip, limit)));
    }

    @GetMapping("/{id}")
    OrderBody get(@AuthenticationPrincipal Caller caller, @PathVariable("id") @Size(max = 64) String id) {
        return OrderBody.from(get.get(new OrderReference(caller, id)));
    }

    @PostMapping("/{id}/cancel")
    OrderBody cancel(@AuthenticationPrincipal Caller caller, @PathVariable("id") @Size(max = 64) String id) {
        return OrderBody.from(cancel.cancel(new OrderReference(caller, id)));
    }

    @PostMapping(path = "/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    OrderBody changeStatus(@AuthenticationPrincipal Caller caller, @PathVariable("id") @Size(max = 64) String id,
            @Valid @RequestBody CommerceRequests.ChangeStatus body) {
        return OrderBody.from(changeStatus.change(new ChangeOrderStatusCommand(caller, id, body.status())));
    }
}
