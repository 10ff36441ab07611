"""French news -> investment facts: articles -> extract -> facts -> reconcile -> store (diff, evaluate read the store)."""

__version__ = "0.1.0"
