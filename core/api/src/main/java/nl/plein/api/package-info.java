/**
 * The Plein plugin API: everything a plugin may use, and nothing else.
 *
 * <p>A plugin implements {@link nl.plein.api.PleinPlugin} and declares its routes, roles, navigation, home-page
 * block and hooks on the {@link nl.plein.api.PluginContext} it is given. The hooks a plugin can implement are in
 * {@link nl.plein.api.hooks}; the events core publishes are in {@link nl.plein.api.event}.
 *
 * <p>Resources are namespaced by plugin id, because a plugin's class loader also sees the host's resources:
 * {@code db/migration/<id>/}, {@code templates/<id>/}, {@code i18n/<id>/messages{,_en}.properties},
 * {@code static/<id>/}.
 */
package nl.plein.api;
