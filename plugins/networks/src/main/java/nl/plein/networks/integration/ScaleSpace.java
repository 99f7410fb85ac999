package nl.plein.networks.integration;

import java.util.ArrayList;
import java.util.List;

/**
 * One generated space as the parts fill it: its people (coordinators first), its member organisations, and how much
 * discussion it gets ({@code threads}, {@code posts}: the space's share of the national figures).
 */
final class ScaleSpace {

    /** A person in the space; {@code lastVisitAt} null: never visited. */
    record Member(String personId, String organisationId, String role, long joinedAt, Long lastVisitAt,
                  String guestMeetingId) {

        boolean reads() {
            return !"guest".equals(role);
        }
    }

    final int index;
    final String id;
    final String name;
    final String description;
    final String kind;
    final String visibility;
    final long createdAt;
    final List<Member> members = new ArrayList<>();
    final List<String> organisations = new ArrayList<>();
    int threads;
    int posts;
    boolean meetings;
    boolean documents;

    ScaleSpace(int index, String id, String name, String description, String kind, String visibility,
               long createdAt) {
        this.index = index;
        this.id = id;
        this.name = name;
        this.description = description;
        this.kind = kind;
        this.visibility = visibility;
        this.createdAt = createdAt;
    }

    /** Everyone who reads and writes in the space: coordinators, the chair and members (not guests). */
    List<Member> readers() {
        return members.stream().filter(Member::reads).toList();
    }

    List<Member> coordinators() {
        return members.stream().filter(m -> "coordinator".equals(m.role())).toList();
    }

    /** The chair, or else the first coordinator: who approves minutes. */
    String chair() {
        return members.stream().filter(m -> "chair".equals(m.role())).findFirst()
                .orElse(coordinators().get(0)).personId();
    }

    String creator() {
        return coordinators().get(0).personId();
    }
}
