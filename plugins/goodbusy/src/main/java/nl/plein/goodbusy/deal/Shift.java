package nl.plein.goodbusy.deal;

import java.time.Instant;

/** A shift of an agreed match: a date and time employees of the company sign up for, with a number of places. */
record Shift(String id, String matchId, String label, Instant startsAt, Instant endsAt, int places, int signedUp,
             Instant createdAt) {

    public boolean full() {
        return signedUp >= places;
    }

    public int free() {
        return Math.max(0, places - signedUp);
    }
}
