package io.pindesk.sandbox;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads Pinterest's OpenAPI file and rewrites two constructs that swagger-request-validator misreads, without
 * loosening anything:
 * <ul>
 * <li>{@code allOf: [$ref X]} used only to attach a description/default to a property (Board.privacy) is read as
 * "type object"; it means exactly {@code $ref X}, so it is replaced by the reference.</li>
 * <li>A discriminator whose property is not {@code required} makes the validator reject the whole schema ("Invalid
 * JSON Schema"); the property is added to {@code required}, which only makes the check stricter.</li>
 * </ul>
 */
final class SpecNormalizer {

    private SpecNormalizer() {}

    static OpenAPI load(Path spec) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = new OpenAPIV3Parser().read(spec.toUri().toString(), null, options);
        if (api == null) {
            throw new AssertionError("cannot parse " + spec);
        }
        Map<Schema<?>, Boolean> seen = new IdentityHashMap<>();
        for (Schema<?> s : api.getComponents().getSchemas().values()) {
            visit(s, seen);
        }
        return api;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void visit(Schema<?> schema, Map<Schema<?>, Boolean> seen) {
        if (schema == null || seen.put(schema, Boolean.TRUE) != null) {
            return;
        }
        if (schema.getDiscriminator() != null && schema.getProperties() != null) {
            String prop = schema.getDiscriminator().getPropertyName();
            if (schema.getProperties().containsKey(prop)
                    && (schema.getRequired() == null || !schema.getRequired().contains(prop))) {
                List<String> required = schema.getRequired() == null ? new ArrayList<>()
                        : new ArrayList<>(schema.getRequired());
                required.add(prop);
                schema.setRequired(required);
            }
        }
        Map<String, Schema> props = schema.getProperties();
        if (props != null) {
            for (Map.Entry<String, Schema> e : props.entrySet()) {
                Schema<?> unwrapped = unwrap(e.getValue());
                e.setValue(unwrapped);
                visit(unwrapped, seen);
            }
        }
        if (schema instanceof ArraySchema a) {
            a.setItems((Schema) unwrap(a.getItems()));
            visit(a.getItems(), seen);
        }
        if (schema.getItems() != null) {
            visit(schema.getItems(), seen);
        }
        if (schema instanceof ComposedSchema c) {
            for (List<Schema> list : new List[] {c.getAllOf(), c.getOneOf(), c.getAnyOf()}) {
                if (list != null) {
                    list.forEach(s -> visit(s, seen));
                }
            }
        }
    }

    private static Schema<?> unwrap(Schema<?> s) {
        if (s instanceof ComposedSchema c && c.getAllOf() != null && c.getAllOf().size() == 1
                && c.getAllOf().get(0).get$ref() != null && c.getOneOf() == null && c.getAnyOf() == null
                && (c.getProperties() == null || c.getProperties().isEmpty())) {
            Schema<?> ref = new Schema<>();
            ref.set$ref(c.getAllOf().get(0).get$ref());
            return ref;
        }
        return s;
    }
}
