package nl.plein.webinars;

import nl.plein.api.PluginContext;
import nl.plein.webinars.programme.ProgrammeRepository;
import nl.plein.webinars.registration.Registrations;

/**
 * What the parts of the plugin share: the platform's context, the programme and the registrations, and the one rule
 * for who may manage a session. Built once in {@link WebinarsPlugin}.
 */
public record Webinars(PluginContext context, ProgrammeRepository programme, Registrations registrations,
                       SessionAccess access) {
}
