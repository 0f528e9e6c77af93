package id.selaras.web.identity.account;

/** A request about an account that cannot be carried out; {@code messageKey} names its text in the messages. */
public class AccountException extends RuntimeException {

    private final String messageKey;

    public AccountException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
