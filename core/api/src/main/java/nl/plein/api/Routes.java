package nl.plein.api;

import io.javalin.http.Handler;

/**
 * A plugin's routes. Paths are relative to the plugin's prefix: {@code get("/{id}", ...)} in plugin
 * {@code webinars} serves {@code /webinars/{id}}. Every route names the permission it requires; core refuses
 * everyone else before the handler runs (deny by default). Object-level checks stay in the plugin's service.
 *
 * <p>Render pages with {@code ctx.render("<plugin-id>/<template>", model)}; core adds the visitor, locale,
 * CSRF token and navigation to the model. State-changing forms must carry {@code <input type="hidden"
 * name="_csrf" value="{{ csrf }}">}; core refuses them otherwise.
 */
public interface Routes {

    Routes get(String path, Permission permission, Handler handler);

    Routes post(String path, Permission permission, Handler handler);

    Routes put(String path, Permission permission, Handler handler);

    Routes delete(String path, Permission permission, Handler handler);
}
