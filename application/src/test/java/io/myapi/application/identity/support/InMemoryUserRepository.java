package io.myapi.application.identity.support;

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

/** Users in a map, for use-case tests. Stores the same object, as a session would. */
public final class InMemoryUserRepository implements UserRepository {

    private final Map<UserId, User> users = new ConcurrentHashMap<>();

    @Override
    public synchronized void save(User user) {
        boolean taken = users.values().stream().anyMatch(u -> u.email().equals(user.email()) && !u.id().equals(user.id()));
        if (taken) {
            throw new EmailTakenException();
        }
        users.put(user.id(), user);
    }

    @Override
    public Optional<User> findById(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return users.values().stream().filter(u -> u.email().equals(email)).findFirst();
    }

    @Override
    public List<User> list(int skip, int limit) {
        return users.values().stream().sorted(Comparator.comparing(User::createdAt).thenComparing(u -> u.id().toString()))
                .skip(skip).limit(limit).toList();
    }

    @Override
    public long count() {
        return users.size();
    }
}
