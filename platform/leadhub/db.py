"""Engines, sessions and the declarative base, with the tenant locks of the ORM.

Tenant data is reached only through a session opened for a principal's scope
(``leadhub.work.unit_of_work``): it filters every ORM query by its scope (see
``leadhub.scope``), stamps the tenant on new rows and refuses to flush a row of
another tenant. Each model says what a scope may see of it (``scope_criteria``);
a model that does not say cannot be queried.
"""

import asyncio
import functools
import uuid
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

import uuid_utils.compat
from sqlalchemy import (
    JSON,
    ColumnElement,
    DateTime,
    Dialect,
    Enum,
    MetaData,
    Select,
    TypeDecorator,
    event,
    false,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Result
from sqlalchemy.exc import IntegrityError
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
from sqlalchemy.pool import QueuePool
from sqlalchemy.sql.base import Executable, ExecutableOption

from leadhub import local_days
from leadhub.errors import DomainError
from leadhub.scope import Scope, publish, scope_of, session_info
from leadhub.statement_guard import check_statement

_WRITES = "leadhub_writes"
_OPTIONS = "leadhub.scope_options"
_SQLITE = "leadhub.sqlite"
_NO_SCOPE = Scope()
T = TypeVar("T")


# What a flush or a bulk statement does to a model's rows.
Write = Literal["insert", "update", "delete"]
EVERY_WRITE: frozenset[Write] = frozenset(("insert", "update", "delete"))


def new_id() -> uuid.UUID:
    """A UUIDv7: time-ordered, so primary-key indexes stay compact."""
    return uuid_utils.compat.uuid7()


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend (SQLite stores no offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    @property
    def python_type(self) -> type[datetime]:
        return datetime

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

    # The writes to this model that can change what a login acts as: its user,
    # memberships, tenants or reach. Committing one drops every cached identity
    # (leadhub.identity_epoch).
    identity_writes: ClassVar[frozenset[Write]] = frozenset()

    @classmethod
    def scope_criteria(cls, scope: Scope) -> ColumnElement[bool]:
        """Which of this table's rows a session with ``scope`` may read."""
        raise NotImplementedError(f"{cls.__name__} must say what a scope may read of it")

    @classmethod
    def scope_write_criteria(cls, scope: Scope) -> ColumnElement[bool]:
        """Which rows a bulk UPDATE or DELETE in ``scope`` may touch."""
        raise NotImplementedError(f"{cls.__name__} must say what a scope may change of it")

    def writable_in(self, scope: Scope, *, new: bool) -> bool:
        """Whether a session with ``scope`` may insert (``new``), change or delete this row."""
        raise NotImplementedError(f"{type(self).__name__} must say who may write it")

    @classmethod
    def rows_outside(
        cls, session: Session, scope: Scope, rows: Sequence["Base"], *, new: bool
    ) -> list["Base"]:
        """Those of ``rows`` (of this model) a session with ``scope`` may not write:
        each asks ``writable_in``; a model whose rule needs the database (rows about a
        lead, which follow their lead) looks it up for all of them at once."""
        return [row for row in rows if not row.writable_in(scope, new=new)]

    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime,
        dict[str, Any]: JSON,
    }


def insert_on_conflict(session: Session, model: type[Base]) -> Any:
    """An INSERT into ``model``'s table that can say what a conflict does
    (``on_conflict_do_nothing``, ``on_conflict_do_update``), in the session's
    backend's dialect: both have the clause, each in its own construct."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    return dialect.insert(model)


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
    def scope_criteria(cls, scope: Scope) -> ColumnElement[bool]:
        """The rows of the session's tenant; none for a session opened for no tenant."""
        return cls.tenant_id == scope.tenant_id if scope.tenant_id else false()

    @classmethod
    def scope_write_criteria(cls, scope: Scope) -> ColumnElement[bool]:
        return cls.tenant_id == scope.tenant_id if scope.tenant_id else false()

    def writable_in(self, scope: Scope, *, new: bool) -> bool:
        return scope.tenant_id is not None and self.tenant_id == scope.tenant_id


class SerializedSession(AsyncSession):
    """An AsyncSession that concurrent resolvers of one request can share.

    GraphQL resolves sibling fields concurrently, and an AsyncSession allows one
    statement at a time; here they queue instead of failing.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._statement_lock = asyncio.Lock()

    if not TYPE_CHECKING:  # typed as AsyncSession's, whose overloads they keep

        async def execute(self, *args: Any, **kwargs: Any) -> Any:
            async with self._statement_lock:
                return await super().execute(*args, **kwargs)

        async def scalar(self, *args: Any, **kwargs: Any) -> Any:
            async with self._statement_lock:
                return await super().scalar(*args, **kwargs)

        async def get(self, *args: Any, **kwargs: Any) -> Any:
            async with self._statement_lock:
                return await super().get(*args, **kwargs)

    async def execute_plain(self, statement: Select[Any]) -> Result[Any]:
        """``statement``'s rows without the ORM's execution, for a page of many rows of
        columns: keying the scope's criteria, added as options to each new statement,
        costs more than the rest of running it. On PostgreSQL it runs on this
        session's connection with the criteria of the entities whose columns it
        selects written into it, the SQL the ORM would send, and row-level security
        binding every table it reads (as ``rows_by_id`` relies on); on SQLite, whose
        only lock is the ORM's, through the ORM."""
        result: Result[Any]
        if self.info[_SQLITE]:
            result = await self.execute(statement)
            return result
        scope = scope_of(self)
        entities = {column["entity"] for column in statement.column_descriptions}
        scoped = statement.where(*(entity.scope_criteria(scope) for entity in entities if entity))
        async with self._statement_lock:
            connection = await self.connection()
            result = await connection.execute(scoped)
            return result

    async def on_driver(self, call: Callable[[Any], Awaitable[T]]) -> T:
        """``call`` given the driver's own connection, in this session's transaction
        (begun if need be, so its scope is published), after the session's other
        statements: for reads that the ORM would cost more than they do."""
        async with self._statement_lock:
            connection = await self.connection()
            raw = await connection.get_raw_connection()
            return await call(raw.driver_connection)


class TenantIsolationError(RuntimeError):
    """A session tried to write a row outside its scope: another tenant's (a bug)."""


class Database:
    """One engine and its session factories; the app and each worker own one."""

    def __init__(self, engine: AsyncEngine, bind: AsyncConnection | None = None) -> None:
        self.engine = engine
        self._bound = bind is not None
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

    def scoped_session(self, scope: Scope) -> SerializedSession:
        """A session that reads and writes what ``scope`` allows, and nothing else.

        For ``leadhub.work``: everything else opens a unit of work for a principal.
        """
        return self._sessions(info={**session_info(scope), _SQLITE: self.dialect == "sqlite"})

    @asynccontextmanager
    async def session_beside(
        self, session: SerializedSession
    ) -> AsyncIterator[SerializedSession | None]:
        """A session in ``session``'s scope on a connection of its own, for a read to
        run while ``session`` runs others, if the pool has one to give at once (idle,
        or yet to be made within its size); else None. Never a connection that must
        be waited for: requests waiting for a second while each holds one could wait
        on each other until the pool times out. A database bound to one connection
        (tests) has none beside it."""
        pool = self.engine.pool
        at_once = isinstance(pool, QueuePool) and (pool.checkedin() > 0 or pool.overflow() < 0)
        if self._bound or not at_once:
            yield None
            return
        async with self.scoped_session(scope_of(session)) as beside:
            await beside.connection()  # checked out before it awaits: the check holds
            yield beside

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


async def flush_or_refuse(session: AsyncSession, refusal: DomainError) -> None:
    """Flush, turning an integrity violation (a unique or foreign key) into ``refusal``.

    Checks before writing give the usual answer; this covers the request that
    raced another past them. The caller's transaction rolls back whole.
    """
    try:
        await session.flush()
    except IntegrityError:
        raise refusal from None


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the driver, begin transactions, so SAVEPOINT works.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
    dbapi_connection.create_function(
        local_days.SQLITE_FUNCTION, 3, local_days.local_period_start, deterministic=True
    )


def _begin_sqlite(connection: Connection) -> None:
    writes = connection.get_execution_options().get(_WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


@event.listens_for(Session, "after_begin")
def _publish_scope(session: Session, _tx: SessionTransaction, connection: Connection) -> None:
    # A transaction starts with no setting (each is made with set_config(..., true),
    # which ends with its transaction): an empty scope has nothing to publish.
    scope = scope_of(session)
    if scope != _NO_SCOPE:
        publish(connection, scope)


@dataclass(frozen=True)
class _ScopeOptions:
    """A scope's criteria options: they cost more to build than the query they filter."""

    scope: Scope
    reads: tuple[ExecutableOption, ...]
    writes: tuple[ExecutableOption, ...]
    # Statements built once (a loader's, the identity epoch's) filtered, each kept
    # while it lives: SQLAlchemy keeps a statement's cache key, which for all the
    # criteria costs more to build than the rest of running a small query.
    _filtered: "weakref.WeakKeyDictionary[Executable, Executable]" = field(
        default_factory=weakref.WeakKeyDictionary, compare=False, hash=False
    )

    def filtered(self, statement: Executable, *, read: bool) -> Executable:
        """``statement`` with the scope's criteria for reading, or for changing rows."""
        if not read:
            return statement.options(*self.writes)
        filtered = self._filtered.get(statement)
        if filtered is None:
            filtered = self._filtered[statement] = statement.options(*self.reads)
        return filtered

    @classmethod
    def of(cls, scope: Scope) -> "_ScopeOptions":
        # Keyed by the models too, so a model mapped after a scope's first query
        # is filtered as well.
        return cls._build(scope, frozenset(mapper.class_ for mapper in Base.registry.mappers))

    @classmethod
    @functools.lru_cache(maxsize=256)  # scopes recur: a user in a tenant, request after request
    def _build(cls, scope: Scope, models: frozenset[type[Base]]) -> "_ScopeOptions":
        return cls(
            scope=scope,
            reads=tuple(
                with_loader_criteria(model, model.scope_criteria(scope), include_aliases=True)
                for model in models
            ),
            writes=tuple(
                with_loader_criteria(model, model.scope_write_criteria(scope)) for model in models
            ),
        )


@event.listens_for(Session, "do_orm_execute")
def _filter_by_scope(state: ORMExecuteState) -> None:
    scope = scope_of(state.session)
    sqlite = state.session.info[_SQLITE]
    if sqlite or not state.is_select:  # PostgreSQL's policies bind every query
        check_statement(state, scope, Base.metadata.tables, sqlite=sqlite)
    if not (state.is_select or state.is_update or state.is_delete):
        return
    options = state.session.info.get(_OPTIONS)
    if not isinstance(options, _ScopeOptions) or options.scope != scope:
        options = state.session.info[_OPTIONS] = _ScopeOptions.of(scope)
    state.statement = options.filtered(state.statement, read=state.is_select)


@event.listens_for(Session, "before_flush")
def _stamp_and_check_scope(session: Session, _context: Any, _instances: Any) -> None:
    scope = scope_of(session)
    for row in session.new:
        if isinstance(row, TenantOwned) and row.tenant_id is None:
            row.tenant_id = scope.tenant_id
    refuse_rows_outside(session, scope, list(session.new), new=True)
    refuse_rows_outside(session, scope, [*session.dirty, *session.deleted], new=False)


def refuse_rows_outside(session: Session, scope: Scope, rows: Sequence[Base], *, new: bool) -> None:
    """Raise if a session with ``scope`` may not write one of ``rows`` (any models)."""
    by_model: dict[type[Base], list[Base]] = {}
    for row in rows:
        by_model.setdefault(type(row), []).append(row)
    for model, group in by_model.items():
        outside = model.rows_outside(session, scope, group, new=new)
        if outside:
            raise TenantIsolationError(f"{model.__name__} is outside the session's {scope}")
