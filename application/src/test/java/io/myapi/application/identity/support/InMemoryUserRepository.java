package io.myapi.application.identity.support;

import io.myapi.domain.shared.ConcurrentUpdateException;
import io.myapi.domain.user.EmailAddress;
import io.myapi.domain.user.EmailTakenException;
import io.myapi.domain.user.User;
import io.myapi.domain.user.UserId;
import io.myapi.domain.user.UserRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Users in a map, for use-case tests. Like the database, it keeps copies (a caller's object never
 * changes behind its back) and refuses a save based on a stale version.
 */
public final class InMemoryUserRepository implements UserRepository {

    private final Map<UserId, User> users = new ConcurrentHashMap<>();

    @Override
    public synchronized void save(User user) {
        boolean taken = users.values().stream().anyMatch(u -> u.email().equals(user.email()) && !u.id().equals(user.id()));
        if (taken) {
            throw new EmailTakenException();
        }
        User stored = users.get(user.id());
        if (stored != null && stored.version() != user.version()) {
            throw new ConcurrentUpdateException(new IllegalStateException("stale user"));
        }
        users.put(user.id(), copy(user, stored == null ? 0 : user.version() + 1));
    }

    private static User copy(User user, long version) {
        return new User(user.id(), user.email(), user.displayName(), user.passwordHash(), user.roles(), user.status(),
                user.createdAt(), user.updatedAt(), version, user.subscriptionTier().orElse(null));
    }

    @Override
    public Optional<User> findById(UserId id) {
        return Optional.ofNullable(users.get(id)).map(u -> copy(u, u.version()));
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return users.values().stream().filter(u -> u.email().equals(email)).findFirst().map(u -> copy(u, u.version()));
    }

    @Override
    public List<User> list(int skip, int limit) {
        return users.values().stream().sorted(Comparator.comparing(User::createdAt).thenComparing(u -> u.id().toString()))
                .skip(skip).limit(limit).map(u -> copy(u, u.version())).toList();
    }

    @Override
    public long count() {
        return users.size();
    }
}
