package org.imagingledger.web.security;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Users with passwords are a demonstration feature: configured without ledger.password-login, the ledger refuses to start. */
class PasswordLoginTest {

    private static LedgerUsers oneUser() {
        LedgerUsers users = new LedgerUsers();
        LedgerUsers.User user = new LedgerUsers.User();
        user.setUsername("someone");
        user.setPassword("{noop}secret");
        user.setRoles(List.of("AUDITOR"));
        users.setUsers(List.of(user));
        return users;
    }

    @Test
    void configuredUsersNeedThePasswordLoginOfTheDemo() {
        assertThatThrownBy(() -> new SecurityConfig(false, false, false, oneUser(), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo profile");
        assertThatCode(() -> new SecurityConfig(true, true, false, oneUser(), null))
                .doesNotThrowAnyException();
        assertThatCode(() -> new SecurityConfig(false, false, false, new LedgerUsers(), null))
                .doesNotThrowAnyException();
    }

    @Test
    void aPlainTextPasswordIsRefusedOutsideTheDemo() {
        assertThatThrownBy(() -> new SecurityConfig(true, false, false, oneUser(), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("{noop}");
        assertThatCode(() -> new SecurityConfig(true, true, false, oneUser(), null))
                .doesNotThrowAnyException();
        assertThatCode(() -> new SecurityConfig(true, false, true, oneUser(), null))
                .doesNotThrowAnyException();
        LedgerUsers encoded = oneUser();
        encoded.getUsers().get(0).setPassword("{bcrypt}$2a$10$abcdefghijklmnopqrstuuLHLFp1H4fqfAZpJ5z4dM4rMSVh4mFq6");
        assertThatCode(() -> new SecurityConfig(true, false, false, encoded, null))
                .doesNotThrowAnyException();
    }

    @Test
    void anUnknownRoleOfAConfiguredUserIsRefused() {
        assertThatThrownBy(() -> LedgerUsers.authority("ROOT")).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThat(LedgerUsers.authority("metrics"))
                .isEqualTo("ROLE_METRICS");
        org.assertj.core.api.Assertions.assertThat(LedgerUsers.authority("DAC_CHAIR"))
                .isEqualTo("ROLE_DAC_CHAIR");
    }
}
