//! Unit tests, one group per rule of the module docs.
