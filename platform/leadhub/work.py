"""The unit of work: the one way in to the data, for every entry point.

A GraphQL request, an actor, the CLI and the scheduler each work out who acts
(``leadhub.principal``) and open a unit of work for it. It holds the session
scoped to that principal, which both tenant locks enforce; it runs each write in
a transaction of its own, all or nothing; it collects the jobs the write asks
for, sent once it commits; and it turns a refusal (``DomainError``) into a value.

Services take the unit of work as their first argument, typed by the principals
they accept (``UnitOfWork[Member]``, ``UnitOfWork[InTenant]``), and read who acts
from it, never from the session.
"""

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Generic, TypeVar

from leadhub.db import Database, SerializedSession, write_transaction
from leadhub.errors import DomainError
from leadhub.jobs import Job, enqueue_after_commit
from leadhub.principal import InTenant, Member, PartnerClient, Principal, SystemJob
from leadhub.scope import Scope

P = TypeVar("P", bound=Principal, covariant=True)
Q = TypeVar("Q", bound=Principal)
T = TypeVar("T")


class UnitOfWork(Generic[P]):
    def __init__(self, principal: P, session: SerializedSession) -> None:
        self._principal = principal
        self.session = session

    @property
    def principal(self) -> P:
        return self._principal

    @property
    def tenant_id(self) -> uuid.UUID:
        """The tenant the principal acts in; asking outside one is a bug."""
        tenant_id = self._principal.tenant_id
        if tenant_id is None:
            raise RuntimeError(f"{self._principal} acts in no tenant")
        return tenant_id

    @property
    def user_id(self) -> uuid.UUID | None:
        """The person the work is done as or for, credited in activities and audits."""
        return self._principal.user_id

    def narrowed(self, kind: type[Q]) -> "UnitOfWork[Q]":
        """This unit of work, for a service that accepts only principals of ``kind``.

        Entry points declare who may call what; a principal of another kind
        reaching here is a bug in that declaration.
        """
        if not isinstance(self._principal, kind):
            raise RuntimeError(f"{self._principal} is not a {kind.__name__}")
        return UnitOfWork(self._principal, self.session)

    def in_tenant(self) -> "UnitOfWork[InTenant]":
        """This unit of work, for a service that accepts whoever works in a tenant: a
        member, a partner's client or a system job."""
        if not isinstance(self._principal, Member | PartnerClient | SystemJob):
            raise RuntimeError(f"{self._principal} works in no tenant")
        return UnitOfWork(self._principal, self.session)

    def after_commit(self, actor_name: str, **kwargs: object) -> None:
        """Send a job to an actor once this transaction commits; never if it rolls back.
        The arguments must be JSON values (ids as strings)."""
        enqueue_after_commit(self.session, Job(actor_name, kwargs))

    def after_commit_at(self, not_before: datetime, actor_name: str, **kwargs: object) -> None:
        """As ``after_commit``, for a job that runs at ``not_before`` at the soonest."""
        enqueue_after_commit(self.session, Job(actor_name, kwargs, not_before))

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        """A write transaction around the block: committed, or rolled back whole."""
        async with write_transaction(self.session):
            yield

    async def run(self, operation: Callable[["UnitOfWork[P]"], Awaitable[T]]) -> T | DomainError:
        """Run a write in a transaction of its own: all of it, or nothing.

        A DomainError rolls everything back and comes back as a value, for the
        caller to show; any other exception is a bug and propagates.
        """
        if self.session.in_transaction():
            await self.session.commit()  # ends the read transaction earlier reads opened
        try:
            async with self.transaction():
                return await operation(self)
        except DomainError as error:
            return error


@asynccontextmanager
async def unit_of_work(database: Database, principal: Q) -> AsyncIterator[UnitOfWork[Q]]:
    """A unit of work for ``principal``, its session closed when the block ends."""
    async with database.scoped_session(Scope.of(principal)) as session:
        yield UnitOfWork(principal, session)
