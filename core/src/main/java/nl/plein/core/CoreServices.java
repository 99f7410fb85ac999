package nl.plein.core;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Map;
import nl.plein.api.Ids;
import nl.plein.core.account.AccountMail;
import nl.plein.core.account.People;
import nl.plein.core.account.Sessions;
import nl.plein.core.audit.AuditLog;
import nl.plein.core.config.Settings;
import nl.plein.core.events.EventBus;
import nl.plein.core.i18n.MessageBundles;
import nl.plein.core.jobs.JobScheduler;
import nl.plein.core.mail.Outbox;
import nl.plein.core.plugin.PluginRuntime;
import nl.plein.core.plugin.PluginSwitch;
import nl.plein.core.privacy.PersonalData;
import nl.plein.core.view.Templates;
import nl.plein.core.web.RoleRegistry;
import org.jdbi.v3.core.Jdbi;

/** The platform's shared services, built once by {@link Plein} and handed to the web layer. */
public record CoreServices(
        Settings settings,
        Clock clock,
        Ids ids,
        Jdbi jdbi,
        PrometheusMeterRegistry metrics,
        MessageBundles messages,
        Templates templates,
        EventBus events,
        People people,
        Sessions sessions,
        RoleRegistry roles,
        AuditLog audit,
        AccountMail mail,
        PluginRuntime plugins,
        Map<String, ClassLoader> pluginLoaders,
        Map<String, PersonalData.Store> personalDataStores,
        Outbox outbox,
        PluginSwitch pluginSwitch,
        JobScheduler jobs) {
}
