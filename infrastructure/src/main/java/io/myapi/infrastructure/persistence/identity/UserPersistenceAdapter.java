package io.myapi.infrastructure.persistence.identity;

import io.myapi.domain.shared.ConcurrentUpdateException;
import io.myapi.domain.user.EmailAddress;
import io.myapi.domain.user.EmailTakenException;
import io.myapi.domain.user.User;
import io.myapi.domain.user.UserId;
import io.myapi.domain.user.UserRepository;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

/** {@link UserRepository} on JPA: PostgreSQL in production, H2 on the embedded defaults. */
public class UserPersistenceAdapter implements UserRepository {

    private final SpringDataUserRepository rows;
    private final EntityManager entityManager;

    UserPersistenceAdapter(SpringDataUserRepository rows, EntityManager entityManager) {
        this.rows = rows;
        this.entityManager = entityManager;
    }

    /** A duplicate address, even from a concurrent registration, is the unique constraint's call. */
    @Override
    @Transactional
    public void save(User user) {
        UserJpaEntity row = rows.findById(user.id().toString()).orElseGet(UserJpaEntity::new);
        if (row.version != null && row.version != user.version()) {
            throw new ConcurrentUpdateException(new IllegalStateException("user changed since it was read"));
        }
        IdentityPersistenceMapper.copy(user, row);
        try {
            rows.saveAndFlush(row);
        } catch (DataIntegrityViolationException e) {
            throw new EmailTakenException();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<User> findById(UserId id) {
        return rows.findById(id.toString()).map(IdentityPersistenceMapper::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<User> findByEmail(EmailAddress email) {
        return rows.findByEmail(email.value()).map(IdentityPersistenceMapper::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<User> list(int skip, int limit) {
        return entityManager.createQuery("select u from UserJpaEntity u order by u.createdAt, u.id", UserJpaEntity.class)
                .setFirstResult(skip)
                .setMaxResults(limit)
                .getResultList().stream()
                .map(IdentityPersistenceMapper::toDomain)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return rows.count();
    }
}
