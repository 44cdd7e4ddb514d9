package io.myapi.application.audit.service;

import io.myapi.application.audit.AuditChain;
import io.myapi.application.audit.AuditEntry;
import io.myapi.application.audit.AuditOutcome;
import io.myapi.application.audit.AuditRecord;
import io.myapi.application.audit.port.in.AuditPage;
import io.myapi.application.audit.port.in.AuditVerification;
import io.myapi.application.audit.port.in.ReadAuditTrailUseCase;
import io.myapi.application.audit.port.in.RecordAuditEventUseCase;
import io.myapi.application.audit.port.out.AuditTrail;
import io.myapi.application.audit.port.out.GeoLocator;
import io.myapi.application.identity.PermissionDeniedException;
import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.identity.port.out.SecurityEventType;
import io.myapi.application.identity.port.out.SecurityEvents;
import io.myapi.application.shared.RequestOrigin;
import io.myapi.application.shared.SensitiveDataMasker;
import io.myapi.domain.user.Permission;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The audit trail (R19): security events of the audited types are appended with who, what,
 * where from and how it ended; readers page through it and verify the chain. As a
 * {@link SecurityEvents} it decorates the security log: every event is logged, the audited ones
 * are also appended. An append that fails fails the operation (nothing audited goes unrecorded).
 */
public final class AuditService implements SecurityEvents, RecordAuditEventUseCase, ReadAuditTrailUseCase {

    /**
     * The events recorded on the trail. The others are logged (and watched) only: API key use and
     * rate-limit refusals are routine, and refused tokens can be sent by anyone in any number, so
     * auditing them would hand every anonymous client the trail's one serialized append.
     */
    public static final Set<SecurityEventType> AUDITED = EnumSet.complementOf(EnumSet.of(
            SecurityEventType.API_KEY_USED, SecurityEventType.RATE_LIMITED, SecurityEventType.TOKEN_REJECTED));

    private static final Set<SecurityEventType> FAILURES = EnumSet.of(SecurityEventType.LOGIN_FAILED,
            SecurityEventType.TOKEN_REJECTED, SecurityEventType.REFRESH_TOKEN_REUSED, SecurityEventType.CONCURRENT_SESSION);
    private static final int MAX_TEXT = 300;
    private static final int VERIFY_PAGE = 500;

    private final SecurityEvents log;
    private final AuditTrail trail;
    private final GeoLocator geo;
    private final SensitiveDataMasker masker;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param log the security log every event goes to
     * @param trail the chain's storage
     * @param geo locates client addresses
     * @param masker masks personal data and secrets in every text field of a record
     * @param clock the time source
     */
    public AuditService(SecurityEvents log, AuditTrail trail, GeoLocator geo, SensitiveDataMasker masker, Clock clock) {
        this.log = log;
        this.trail = trail;
        this.geo = geo;
        this.masker = masker;
        this.clock = clock;
    }

    @Override
    public void record(SecurityEventType type, String subject, String detail) {
        log.record(type, subject, detail);
        if (AUDITED.contains(type)) {
            audit(type, subject, detail);
        }
    }

    @Override
    public void auditAccessDenied(String subject, String required) {
        audit(SecurityEventType.ACCESS_DENIED, subject, "required " + required);
    }

    private void audit(SecurityEventType type, String subject, String detail) {
        RequestOrigin origin = RequestOrigin.current().orElse(null);
        String ip = origin == null ? "unknown" : origin.ip();
        AuditOutcome outcome = type == SecurityEventType.ACCESS_DENIED ? AuditOutcome.DENIED
                : FAILURES.contains(type) ? AuditOutcome.FAILURE : AuditOutcome.SUCCESS;
        trail.append(new AuditEntry(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                origin == null ? "system" : origin.actorId().orElse("anonymous"),
                type.name(), clean(subject), origin == null ? "-" : clean(origin.resource()), outcome, ip,
                origin == null ? "unknown" : clean(origin.userAgent()), geo.locate(ip), clean(detail)));
    }

    @Override
    public AuditPage page(Caller caller, long afterSequence, int limit) {
        requireReader(caller);
        int clamped = Math.max(1, Math.min(MAX_LIMIT, limit));
        List<AuditRecord> items = trail.after(Math.max(0, afterSequence), clamped);
        long next = items.size() < clamped || items.isEmpty() ? 0 : items.get(items.size() - 1).sequence();
        return new AuditPage(items, next);
    }

    @Override
    public AuditVerification verify(Caller caller) {
        requireReader(caller);
        long checked = 0;
        String previousHash = AuditChain.GENESIS;
        long after = 0;
        while (true) {
            List<AuditRecord> page = trail.after(after, VERIFY_PAGE);
            for (AuditRecord record : page) {
                checked++;
                if (!AuditChain.holds(record, checked, previousHash)) {
                    return new AuditVerification(checked, OptionalLong.of(checked), previousHash);
                }
                previousHash = record.hash();
            }
            if (page.size() < VERIFY_PAGE) {
                AuditTrail.Head head = trail.head();
                if (head.sequence() != checked || !head.hash().equals(previousHash)) {
                    // Records removed from the end, or the head moved: the first one that should be there is missing.
                    long missing = head.sequence() > checked ? checked + 1 : Math.max(1, head.sequence());
                    return new AuditVerification(checked, OptionalLong.of(missing), head.hash());
                }
                return new AuditVerification(checked, OptionalLong.empty(), previousHash);
            }
            after = page.get(page.size() - 1).sequence();
        }
    }

    private static void requireReader(Caller caller) {
        if (!caller.permissions().contains(Permission.AUDIT_READ)) {
            throw new PermissionDeniedException("the audit trail needs " + Permission.AUDIT_READ);
        }
    }

    /** Masked, control characters out, length bounded: a record carries no secret, forged line or unbounded text. */
    private String clean(String text) {
        // Masked on a bounded prefix longer than what is kept, so that a token cut at the limit is still recognised.
        String bounded = text.length() > 4 * MAX_TEXT ? text.substring(0, 4 * MAX_TEXT) : text;
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_TEXT));
        masker.mask(bounded).codePoints().limit(MAX_TEXT).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return out.toString();
    }
}
