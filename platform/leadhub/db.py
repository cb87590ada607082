"""Engines, sessions and the declarative base, with the tenant locks of the ORM.

Tenant data is reached only through a session opened for one tenant
(``Database.tenant_session``): it filters every ORM query by that tenant, stamps
the tenant on new rows and refuses to flush a row of another tenant. On
PostgreSQL each transaction also sets ``app.tenant_id`` and ``app.user_id`` with
``SET LOCAL`` semantics, which the row-level security policies read.
"""

import asyncio
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, ClassVar

import uuid_utils.compat
from sqlalchemy import JSON, DateTime, Dialect, Enum, MetaData, TypeDecorator, event, false, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    ORMExecuteState,
    Session,
    SessionTransaction,
    mapped_column,
    with_loader_criteria,
)

TENANT_ID = "tenant_id"
USER_ID = "user_id"
_WRITES = "leadhub_writes"


def new_id() -> uuid.UUID:
    """A UUIDv7: time-ordered, so primary-key indexes stay compact."""
    return uuid_utils.compat.uuid7()


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend (SQLite stores no offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware one")
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(table_name)s_%(column_0_N_name)s",
            "uq": "uq_%(table_name)s_%(column_0_N_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime,
        dict[str, Any]: JSON,
    }


def enum_column(enum: type[StrEnum], name: str) -> Enum:
    # Stored as text with a CHECK constraint: the same on SQLite and PostgreSQL,
    # and a new value is a migration of one constraint rather than of a type.
    return Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda members: [member.value for member in members],
    )


class TenantOwned:
    """A row that belongs to one tenant: ``tenant_id`` leads its primary key."""

    tenant_id: Mapped[uuid.UUID] = mapped_column(primary_key=True, sort_order=-100)

    @classmethod
    def visible_without_tenant(cls, user_id: uuid.UUID | None) -> Any:
        """Which rows a session opened for no tenant may read: none, by default."""
        return false()


class SerializedSession(AsyncSession):
    """An AsyncSession that concurrent resolvers of one request can share.

    GraphQL resolves sibling fields concurrently, and an AsyncSession allows one
    statement at a time; here they queue instead of failing.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._statement_lock = asyncio.Lock()

    async def execute(self, *args: Any, **kwargs: Any) -> Any:
        async with self._statement_lock:
            return await super().execute(*args, **kwargs)

    async def scalar(self, *args: Any, **kwargs: Any) -> Any:
        async with self._statement_lock:
            return await super().scalar(*args, **kwargs)

    async def get(self, *args: Any, **kwargs: Any) -> Any:
        async with self._statement_lock:
            return await super().get(*args, **kwargs)


class TenantIsolationError(RuntimeError):
    """A session tried to write a row of a tenant it was not opened for (a bug)."""


class Database:
    """One engine and its session factories; the app and each worker own one."""

    def __init__(self, engine: AsyncEngine, bind: AsyncConnection | None = None) -> None:
        self.engine = engine
        self._sessions = async_sessionmaker(
            bind or engine,
            class_=SerializedSession,
            expire_on_commit=False,
            # Bound to an open transaction (tests), sessions commit into savepoints.
            join_transaction_mode="create_savepoint",
        )

    @classmethod
    def connect(cls, url: str, **engine_options: Any) -> "Database":
        # Bound parameters stay out of error messages and logs: they hold emails.
        engine = create_async_engine(url, hide_parameters=True, **engine_options)
        if engine.dialect.name == "sqlite":
            event.listen(engine.sync_engine, "connect", _configure_sqlite)
            event.listen(engine.sync_engine, "begin", _begin_sqlite)
        return cls(engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def tenant_session(
        self, tenant_id: uuid.UUID, user_id: uuid.UUID | None = None
    ) -> AsyncSession:
        """A session that reads and writes the rows of one tenant only."""
        return self._sessions(info={TENANT_ID: tenant_id, USER_ID: user_id})

    def identity_session(self, user_id: uuid.UUID | None = None) -> AsyncSession:
        """A session for no tenant: global tables, and the user's own memberships."""
        return self._sessions(info={TENANT_ID: None, USER_ID: user_id})

    async def dispose(self) -> None:
        await self.engine.dispose()


@asynccontextmanager
async def write_transaction(session: AsyncSession) -> AsyncIterator[AsyncSession]:
    """A transaction that will write: commits the block, or rolls it all back.

    On SQLite it takes the write lock at BEGIN, so a concurrent writer waits its
    turn (busy_timeout) instead of failing when it upgrades from reading.
    """
    async with session.begin():
        await session.connection(execution_options={_WRITES: True})
        yield session


def session_tenant(session: AsyncSession) -> uuid.UUID:
    """The tenant a session was opened for; a service asking it outside one is a bug."""
    tenant_id = session.info.get(TENANT_ID)
    if tenant_id is None:
        raise TenantIsolationError("this operation needs a session opened for a tenant")
    return tenant_id  # type: ignore[no-any-return]


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the driver, begin transactions, so SAVEPOINT works.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _begin_sqlite(connection: Connection) -> None:
    writes = connection.get_execution_options().get(_WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def _set_scope(session: Session, connection: Connection) -> None:
    if connection.dialect.name != "postgresql":
        return
    tenant_id, user_id = session.info.get(TENANT_ID), session.info.get(USER_ID)
    connection.execute(
        text(
            "SELECT set_config('app.tenant_id', :tenant, true),"
            " set_config('app.user_id', :user, true)"
        ),
        {"tenant": str(tenant_id or ""), "user": str(user_id or "")},
    )


@event.listens_for(Session, "after_begin")
def _scope_transaction(session: Session, _tx: SessionTransaction, connection: Connection) -> None:
    _set_scope(session, connection)


@event.listens_for(Session, "do_orm_execute")
def _filter_by_tenant(state: ORMExecuteState) -> None:
    if not (state.is_select or state.is_update or state.is_delete):
        return
    tenant_id, user_id = state.session.info.get(TENANT_ID), state.session.info.get(USER_ID)
    if tenant_id is not None:
        state.statement = state.statement.options(
            with_loader_criteria(
                TenantOwned, lambda cls: cls.tenant_id == tenant_id, include_aliases=True
            )
        )
        return
    state.statement = state.statement.options(
        *(
            with_loader_criteria(
                mapper.class_, mapper.class_.visible_without_tenant(user_id), include_aliases=True
            )
            for mapper in Base.registry.mappers
            if issubclass(mapper.class_, TenantOwned)
        )
    )


@event.listens_for(Session, "before_flush")
def _stamp_and_check_tenant(session: Session, _context: Any, _instances: Any) -> None:
    tenant_id = session.info.get(TENANT_ID)
    for row in (*session.new, *session.dirty, *session.deleted):
        if not isinstance(row, TenantOwned):
            continue
        if row.tenant_id is None and row in session.new:
            row.tenant_id = tenant_id
        if tenant_id is None or row.tenant_id != tenant_id:
            raise TenantIsolationError(
                f"{type(row).__name__} of tenant {row.tenant_id} in a session for {tenant_id}"
            )
