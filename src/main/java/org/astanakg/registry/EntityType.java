package org.astanakg.registry;

import java.util.Set;

/** The kinds of registry entity; each is an ontology class of the same name. */
public enum EntityType {
    STATE("State"), GOVERNMENT("Government"), OPPOSITION("Opposition"), ARMED_GROUP("ArmedGroup"),
    INTERNATIONAL_ORGANISATION("InternationalOrganisation"), ORGANISATION("Organisation"),
    MEDIA_OUTLET("MediaOutlet"), PERSON("Person"), GOVERNORATE("Governorate"), CITY("City"),
    REGION("Region"), DEESCALATION_ZONE("DeescalationZone"), PEACE_PROCESS("PeaceProcess");

    private static final Set<EntityType> PLACES = Set.of(STATE, GOVERNORATE, CITY, REGION, DEESCALATION_ZONE);
    private static final Set<EntityType> NON_ACTORS = Set.of(GOVERNORATE, CITY, REGION, DEESCALATION_ZONE,
            PEACE_PROCESS);

    private final String className;

    EntityType(String className) {
        this.className = className;
    }

    /** The ontology class's local name, also the name used in {@code registry.yaml}. */
    public String className() {
        return className;
    }

    /** True for the types that can act (states, groups, people...). */
    public boolean isActor() {
        return !NON_ACTORS.contains(this);
    }

    /** True for the types that are places (a state is both). */
    public boolean isPlace() {
        return PLACES.contains(this);
    }

    /** The type whose class name is {@code name}, or null. */
    public static EntityType byClassName(String name) {
        for (EntityType t : values()) {
            if (t.className.equals(name)) {
                return t;
            }
        }
        return null;
    }
}
