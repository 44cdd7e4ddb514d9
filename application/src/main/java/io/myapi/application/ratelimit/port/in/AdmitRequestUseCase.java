package io.myapi.application.ratelimit.port.in;

import io.myapi.application.ratelimit.Budget;

/** Decides whether a request may proceed: running penalty, then the budget (R16.2-R16.6); may ban the address. */
public interface AdmitRequestUseCase {

    /**
     * Admits or refuses one request, counting it against the client's budget.
     *
     * @param client whose budget pays: {@code user:<id>} for an authenticated caller,
     *        {@code ip:<address>} for an anonymous one (never personal data)
     * @param clientIp the normalized client address, banned after repeated violations
     * @param budget the budget that applies to this request
     * @return the decision
     */
    Admission admit(String client, String clientIp, Budget budget);
}
