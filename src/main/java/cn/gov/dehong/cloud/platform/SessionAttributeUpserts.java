package cn.gov.dehong.cloud.platform;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Session attributes are written as upserts. Several requests of one session at the same moment (tabs opened
 * together, right after the login) each add the session's new CSRF token; Spring Session's plain INSERT made all but
 * one of them fail on the attribute table's primary key (500). PostgreSQL: {@code ON CONFLICT … DO UPDATE} (Spring
 * Session's own customizer); the embedded H2: {@code MERGE … KEY}.
 */
@Component
class SessionAttributeUpserts implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

    static final String H2_MERGE = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            VALUES (?, ?, ?)
            """;

    private final DataSource dataSource;

    SessionAttributeUpserts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void customize(JdbcIndexedSessionRepository repository) {
        String product = databaseProduct();
        if (product.contains("postgres")) {
            new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
        } else if (product.contains("h2")) {
            repository.setCreateSessionAttributeQuery(H2_MERGE);
        } else {
            throw new IllegalStateException("No session attribute upsert for database " + product);
        }
    }

    private String databaseProduct() {
        try {
            return JdbcUtils.<String>extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName)
                    .toLowerCase(java.util.Locale.ROOT);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot read the database product for the session store", e);
        }
    }
}
