package io.myapi.application.ratelimit.port.in;

import io.myapi.application.ratelimit.Budget;

/** Decides whether a request may proceed: running penalty, then the budget (R16.2-R16.6); may ban the address. */
public interface AdmitRequestUseCase {

    /**
     * Admits or refuses one request, counting it against the client's budget.
     *
     * @param client whose budget pays: {@code user:<id>} for an authenticated caller,
     *        {@code ip:<address>} for an anonymous one (never personal data)
     * @param clientIp the normalized client address (an IPv6 client's /64 network); only an
     *        anonymous client, whose key is {@code ip:<clientIp>}, gets its address banned
     *        automatically (an authenticated one must not ban everyone behind its NAT)
     * @param budget the budget that applies to this request
     * @return the decision
     */
    Admission admit(String client, String clientIp, Budget budget);

    /**
     * Whether a request would be admitted now, without charging it (for work that must not even
     * start when the budget is spent, such as checking a presented credential).
     *
     * @param client whose budget would pay
     * @param budget the budget
     * @return {@code ALLOWED}, or {@code LIMITED} with the wait
     */
    Admission peek(String client, Budget budget);
}
