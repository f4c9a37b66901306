"""The generic extractors behind the :class:`newsparse.Adapter` defaults."""
