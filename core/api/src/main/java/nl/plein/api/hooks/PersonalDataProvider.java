package nl.plein.api.hooks;

/**
 * A plugin's part of a person's rights under the AVG/GDPR.
 */
public interface PersonalDataProvider {

    /**
     * Everything this plugin holds about the person, as a value core serialises to JSON (records, maps, lists,
     * strings, numbers). Called when the person downloads their data; return an empty map if there is nothing.
     */
    Object export(String personId);

    /**
     * Erases or anonymises the person's data. Content others rely on may stay, attributed to no one; core shows it
     * as "verwijderde gebruiker". Called once, when the person deletes their account.
     */
    void erase(String personId);

    /**
     * Called at erasure, after {@link #erase(String)}, with the address the person had: for data a plugin keeps by
     * address rather than by person (an invitation sent before they had an account).
     */
    default void forgetAddress(String email) {
    }
}
