package nl.brug.account;

/**
 * What the set-up page shows once: the secret for an authenticator app, as text and as the {@code otpauth://}
 * address its QR code holds. Never logged or audited.
 */
public record SecondFactorSetup(String secret, String uri) {

    @Override
    public String toString() {
        return "SecondFactorSetup[hidden]";
    }
}
