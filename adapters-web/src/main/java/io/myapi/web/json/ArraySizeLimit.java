package io.myapi.web.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.ArrayType;
import tools.jackson.databind.type.CollectionType;

/**
 * One bound on every JSON array bound to a collection or array in any request body (R26.4,
 * R14.5), whatever the DTO says: more than {@value #MAX_ITEMS} items is a field error
 * {@code too_many_items}. The array has been parsed when it is counted; the body-size limit
 * bounds what that can cost.
 */
public final class ArraySizeLimit {

    /** Most items accepted in one JSON array. */
    public static final int MAX_ITEMS = 1000;

    private ArraySizeLimit() {
    }

    /**
     * The module that wraps every collection and array deserializer with the count.
     *
     * @return the module
     */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("myapi-array-size-limit");
        module.setDeserializerModifier(new ValueDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                    BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                return new Counting(deserializer);
            }

            @Override
            public ValueDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
                    BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                return new Counting(deserializer);
            }
        });
        return module;
    }

    private static final class Counting extends DelegatingDeserializer {

        Counting(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Counting(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            return checked(parser, super.deserialize(parser, context));
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context, Object into) {
            return checked(parser, super.deserialize(parser, context, into));
        }

        private static Object checked(JsonParser parser, Object value) {
            int items = value instanceof java.util.Collection<?> collection ? collection.size()
                    : value != null && value.getClass().isArray() ? java.lang.reflect.Array.getLength(value) : 0;
            if (items > MAX_ITEMS) {
                throw new InputBoundException(parser, "too_many_items", "At most " + MAX_ITEMS + " items are accepted.");
            }
            return value;
        }
    }
}
