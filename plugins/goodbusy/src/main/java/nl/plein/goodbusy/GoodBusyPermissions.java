package nl.plein.goodbusy;

import nl.plein.api.Permission;

/**
 * What the Good Busy roles may do. Acting for a company or a social organisation is not a role: it follows from
 * being an administrator (coordinator) of that organisation in core; being an employee follows from being a member
 * of an employer. See {@link Sides}.
 */
public final class GoodBusyPermissions {

    /** A broker (volunteer centre): sees and nudges the matches in the provinces of its own organisations. */
    public static final Permission BROKER = new Permission("goodbusy.broker");
    /** A community manager: sees and nudges every match in the country. */
    public static final Permission MANAGE = new Permission("goodbusy.manage");

    private GoodBusyPermissions() {
    }
}
