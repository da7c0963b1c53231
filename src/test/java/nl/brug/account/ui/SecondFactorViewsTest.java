package nl.brug.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import nl.brug.account.internal.Totp;
import nl.brug.security.BrugUser;
import nl.brug.security.CurrentUser;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TestAccounts;

/**
 * The pages of the second step: after the password, every address leads to the code page (or, without a second
 * factor yet, to its set-up with the QR code) until the step is done.
 */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
class SecondFactorViewsTest extends SpringBrowserlessTest {

    @Autowired
    DatabaseReset database;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** The session after a right password, as the login form leaves it. */
    private void passwordOnly(String username) {
        BrugUser user = (BrugUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static void open(String location) {
        UI.getCurrent().navigate(location);
    }

    @Test
    void aLoginWaitingForItsCodeReachesOnlyTheCodePageUntilTheRightCode() {
        accounts.create("carla", Role.SUPERVISOR);
        passwordOnly("carla");

        for (String location : List.of("", "cases", "intake-queue", "password", "second-factor/setup")) {
            open(location);
            assertThat(getCurrentView()).as(location).isInstanceOf(SecondFactorView.class);
        }

        test($(TextField.class).id("second-factor-code")).setValue("000000");
        test($(Button.class).id("second-factor-submit")).click();
        assertThat($(TextField.class).id("second-factor-code").isInvalid()).isTrue();
        assertThat(getCurrentView()).isInstanceOf(SecondFactorView.class);

        test($(TextField.class).id("second-factor-code")).setValue(accounts.nextCode("carla"));
        test($(Button.class).id("second-factor-submit")).click();

        assertThat(getCurrentView()).isNotInstanceOf(SecondFactorView.class);
        assertThat(CurrentUser.require().roles()).containsExactly(Role.SUPERVISOR);
        open("intake-queue");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("IntakeQueueView");
    }

    @Test
    void anAdministratorWithoutASecondFactorSetsItUpWithTheQrCodeBeforeReachingTheAccounts() {
        accounts.createWithoutSecondFactor("bram", Role.ADMIN);
        passwordOnly("bram");

        open("accounts");

        assertThat(getCurrentView()).isInstanceOf(SecondFactorSetupView.class);
        Image qr = $(Image.class).single();
        assertThat(qr.getSrc()).startsWith("data:image/svg+xml;base64,");
        String svg = new String(Base64.getDecoder().decode(qr.getSrc().substring(qr.getSrc().indexOf(',') + 1)),
                StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains("<path d=\"M");
        String secret = $(Span.class).id("totp-secret").getText().replace(" ", "");
        assertThat(secret).isEqualTo(accounts.get("bram").getTotpSecret());

        test($(TextField.class).id("second-factor-code")).setValue(Totp.code(secret, Totp.stepAt(java.time.Instant.now())));
        test($(Button.class).id("second-factor-confirm")).click();

        assertThat($(ListItem.class).all()).hasSize(10);
        test($(Button.class).id("second-factor-continue")).click();
        assertThat(getCurrentView()).isInstanceOf(AccountsView.class);
    }
}
