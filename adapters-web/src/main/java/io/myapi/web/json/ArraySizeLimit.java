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
 * R14.5), whatever the DTO says: more items than the limit is a field error
 * {@code too_many_items}. The array has been parsed when it is counted; the body-size limit
 * bounds what that can cost.
 */
public final class ArraySizeLimit {

    private ArraySizeLimit() {
    }

    /**
     * The module that wraps every collection and array deserializer with the count.
     *
     * @param maxItems most items accepted in one array
     * @return the module
     */
    public static SimpleModule module(int maxItems) {
        SimpleModule module = new SimpleModule("myapi-array-size-limit");
        module.setDeserializerModifier(new ValueDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                    BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                return new Counting(deserializer, maxItems);
            }

            @Override
            public ValueDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
                    BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                return new Counting(deserializer, maxItems);
            }
        });
        return module;
    }

    private static final class Counting extends DelegatingDeserializer {

        private final int maxItems;

        Counting(ValueDeserializer<?> delegate, int maxItems) {
            super(delegate);
            this.maxItems = maxItems;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Counting(delegate, maxItems);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            return checked(parser, super.deserialize(parser, context));
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context, Object into) {
            return checked(parser, super.deserialize(parser, context, into));
        }

        private Object checked(JsonParser parser, Object value) {
            int items = value instanceof java.util.Collection<?> collection ? collection.size()
                    : value != null && value.getClass().isArray() ? java.lang.reflect.Array.getLength(value) : 0;
            if (items > maxItems) {
                throw new InputBoundException(parser, "too_many_items", "At most " + maxItems + " items are accepted.");
            }
            return value;
        }
    }
}
