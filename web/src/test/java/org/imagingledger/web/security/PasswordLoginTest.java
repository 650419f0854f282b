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
        assertThatThrownBy(() -> new SecurityConfig(false, oneUser(), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo profile");
        assertThatCode(() -> new SecurityConfig(true, oneUser(), null)).doesNotThrowAnyException();
        assertThatCode(() -> new SecurityConfig(false, new LedgerUsers(), null)).doesNotThrowAnyException();
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
