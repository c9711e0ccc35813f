package io.pindesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's FXML ({@code <ViewClass>.fxml} beside the class's package under resources) with the shared
 * resource bundle and a controller factory backed by the hand-written registry in {@code AppContext}.
 * An unregistered controller is a wiring bug and fails fast.
 */
public final class Views {

    private final ResourceBundle bundle;
    private final Map<Class<?>, Supplier<?>> controllers;

    public Views(ResourceBundle bundle, Map<Class<?>, Supplier<?>> controllers) {
        this.bundle = bundle;
        this.controllers = Map.copyOf(controllers);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** A loaded view: its root node and its controller. */
    public record Loaded<C>(Parent root, C controller) {}

    public <C> Loaded<C> load(Class<C> viewClass) {
        URL fxml = viewClass.getResource(viewClass.getSimpleName() + ".fxml");
        Objects.requireNonNull(fxml, () -> "No FXML for " + viewClass.getName());
        FXMLLoader loader = new FXMLLoader(fxml, bundle);
        loader.setControllerFactory(this::createController);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, viewClass.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + fxml, e);
        }
    }

    private Object createController(Class<?> type) {
        Supplier<?> supplier = controllers.get(type);
        if (supplier == null) {
            throw new IllegalArgumentException("No controller registered: " + type.getName());
        }
        return supplier.get();
    }
}
