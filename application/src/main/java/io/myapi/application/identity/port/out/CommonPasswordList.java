package io.myapi.application.identity.port.out;

/** A shipped list of frequently used passwords (R18.2). */
public interface CommonPasswordList {

    /**
     * Whether a password is on the list.
     *
     * @param lowerCasePassword the password in lower case
     * @return {@code true} if it is common
     */
    boolean contains(String lowerCasePassword);

    /**
     * How many entries the list has.
     *
     * @return the size
     */
    int size();
}
