"""A company of the web app's end-to-end server, grown to many leads in seconds.

``web/e2e/leads-at-scale.spec.ts`` signs a company up through the API, then runs
this to give it what a grown company has: sales reps, sources, and leads made over
two years, Norwegian people at Norwegian companies (``bench.contacts``) in a funnel
weighted as a funnel is (``bench.growth``). The end-to-end server runs embedded, on
SQLite, so the rows go straight into its database file, in large executemany
batches of one transaction, while it serves: SQLite's write-ahead log lets it read
meanwhile, and it sees the whole company once this commits.

The leads are what a list shows, not their past: each has reached only its first
and its current stage, and has no stage history or activities. Fine for timing
the list; funnel reports and a lead's history would read them as new.

    python -m bench.web_leads --database VAR_DIR/leadhub.db --tenant <global id> --leads 100000
"""

import argparse
import random
import sys
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from multiprocessing import get_context
from typing import Any

import uuid_utils.compat
from sqlalchemy import Connection, create_engine, event, insert, select, text, update

from bench.contacts import Contacts
from bench.growth import HISTORY, STAGE_SHARES
from bench.seed import SOURCE_KINDS
from leadhub.db import new_id, utcnow
from leadhub.graphql.node import decode_id
from leadhub.identity_epoch import IdentityEpoch
from leadhub.leads.models import FunnelStage, Lead, PurchaseTimeframe, Source, SourceKind
from leadhub.principal import Role
from leadhub.tenants.models import Membership, User

BATCH = 10_000  # leads built and inserted at a time
CACHE_KIB = 256 * 1024  # of SQLite's page cache, for this connection
REPS = 6  # sales reps besides the owner, who own the leads with them
# Every source kind bench.seed gives its tenants, named as a Norwegian company would.
SOURCE_NAMES: dict[SourceKind, str] = {
    SourceKind.WEB_FORM: "Nettskjema",
    SourceKind.REFERRAL: "Anbefaling fra kunde",
    SourceKind.TRADE_FAIR: "Messe på Lillestrøm",
    SourceKind.WEBINAR: "Webinar: årsoppgjøret",
    SourceKind.EMAIL_CAMPAIGN: "E-postkampanje høst",
}
VALUED_SHARE = 0.6  # of leads, with an expected value


@dataclass(frozen=True)
class Stage:
    id: uuid.UUID
    bit: int


@dataclass(frozen=True)
class Company:
    """What a company's leads are made of."""

    tenant_id: uuid.UUID
    stages: tuple[Stage, ...]  # in funnel order
    stage_shares: tuple[int, ...]  # of leads, in each
    source_ids: tuple[uuid.UUID, ...]
    member_ids: tuple[uuid.UUID, ...]  # the owner first


class NotACompany(Exception):
    """The tenant named is not in the database, or has no owner."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("--database", required=True, help="the server's SQLite file")
    parser.add_argument("--tenant", required=True, help="the company's global id (Tenant:…)")
    parser.add_argument("--leads", required=True, type=int, help="how many leads to add")
    parser.add_argument("--seed", type=int, default=0, help="the same leads for the same seed")
    args = parser.parse_args(argv)
    tenant_id = decode_id(args.tenant, "Tenant")
    if tenant_id is None or args.leads < 0:
        parser.error("give a Tenant's global id and a number of leads")
    started = time.monotonic()
    try:
        grow(args.database, tenant_id, args.leads, args.seed)
    except NotACompany as error:
        print(f"bench.web_leads: {error}", file=sys.stderr)
        return 1
    print(f"bench.web_leads: {args.leads:,} leads in {time.monotonic() - started:.1f} s")
    return 0


def grow(database: str, tenant_id: uuid.UUID, leads: int, seed: int) -> None:
    """The tenant's reps, sources and ``leads`` leads, in one transaction.

    A forked process builds the leads' rows, a batch at a time, while this one
    inserts the last: building takes as long as inserting, and the machine has a
    core for each."""
    engine = create_engine(f"sqlite:///{database}")
    event.listen(engine, "connect", _as_the_server_connects)
    try:
        with (
            engine.begin() as connection,
            ProcessPoolExecutor(max_workers=1, mp_context=get_context("fork")) as builder,
        ):
            company = _company_grown(connection, tenant_id, Contacts(random.Random(seed)))
            arrivals = Arrivals(leads, utcnow())
            batches = [
                builder.submit(_leads, company, arrivals, first, seed)
                for first in range(0, leads, BATCH)
            ]
            with _indexes_made_after(connection):
                for batch in batches:
                    connection.execute(insert(Lead), batch.result())
    finally:
        engine.dispose()


@contextmanager
def _indexes_made_after(connection: Connection) -> Iterator[None]:
    """The leads' indexes dropped for the block and made again after it, in its
    transaction, as their migrations made them: SQLite makes an index of all the
    rows in a tenth of the time it takes to keep it as they go in one by one."""
    indexes = connection.execute(
        text(
            "SELECT name, sql FROM sqlite_master"
            " WHERE type = 'index' AND tbl_name = 'leads' AND sql IS NOT NULL"
        )
    ).all()
    for index in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{index.name}"')
    yield
    for index in indexes:
        connection.exec_driver_sql(index.sql)


def _as_the_server_connects(dbapi_connection: Any, _record: Any) -> None:
    # Foreign keys checked, as the server's connections check them (leadhub.db), and
    # a moment's wait for its write lock rather than a failure.
    dbapi_connection.execute("PRAGMA foreign_keys=ON")
    dbapi_connection.execute("PRAGMA busy_timeout=5000")
    # Every index's pages kept in memory while the batches go in: a fifth faster.
    dbapi_connection.execute(f"PRAGMA cache_size=-{CACHE_KIB}")


def _company_grown(connection: Connection, tenant_id: uuid.UUID, contacts: Contacts) -> Company:
    """The tenant, given ``REPS`` sales reps and a source of each kind."""
    owner = connection.execute(
        select(User.id, User.password_hash)
        .join(Membership, Membership.user_id == User.id)
        .where(Membership.tenant_id == tenant_id, Membership.role == Role.OWNER)
    ).first()
    if owner is None:
        raise NotACompany(f"no company {tenant_id} with an owner")
    stages = connection.execute(
        select(FunnelStage.id, FunnelStage.bit)
        .where(FunnelStage.tenant_id == tenant_id)
        .order_by(FunnelStage.position)
    ).all()
    now = utcnow()
    reps = [(new_id(), contacts.next().name) for _ in range(REPS)]
    # The reps share the owner's password hash, as bench.seed's do: nobody logs in as them.
    connection.execute(
        insert(User),
        [
            {
                "id": rep_id,
                "email": f"selger.{rep_id}@e2e.example",
                "name": name,
                "password_hash": owner.password_hash,
                "created_at": now,
            }
            for rep_id, name in reps
        ],
    )
    connection.execute(
        insert(Membership),
        [
            {
                "tenant_id": tenant_id,
                "id": new_id(),
                "user_id": rep_id,
                "role": Role.SALES_REP,
                "created_at": now,
            }
            for rep_id, _ in reps
        ],
    )
    # New members change who the company is, which the API caches per login
    # (leadhub.identity_epoch): a change through the services counts one as it commits.
    connection.execute(update(IdentityEpoch).values(epoch=IdentityEpoch.epoch + 1))
    source_ids = tuple(new_id() for _ in SOURCE_KINDS)
    connection.execute(
        insert(Source),
        [
            {
                "tenant_id": tenant_id,
                "id": source_id,
                "name": SOURCE_NAMES[kind],
                "kind": kind,
                "created_at": now,
            }
            for source_id, kind in zip(source_ids, SOURCE_KINDS, strict=True)
        ],
    )
    return Company(
        tenant_id=tenant_id,
        stages=tuple(Stage(stage.id, stage.bit) for stage in stages),
        stage_shares=_shares(len(stages)),
        source_ids=source_ids,
        member_ids=(owner.id, *(rep_id for rep_id, _ in reps)),
    )


@dataclass(frozen=True)
class Arrivals:
    """When the leads came: evenly over the two years before ``now``, in order, as
    imports and forms bring them (so they go into the indexes by creation in order)."""

    count: int
    now: datetime

    def at(self, number: int, rng: random.Random) -> datetime:
        return self.now - HISTORY * (1 - (number + rng.random()) / self.count)


def _leads(company: Company, arrivals: Arrivals, first: int, seed: int) -> list[dict[str, Any]]:
    """The rows of leads number ``first`` to ``first + BATCH``, the same for the same seed."""
    rng = random.Random(f"{seed}:{first}")
    contacts = Contacts(rng)
    numbers = range(first, min(first + BATCH, arrivals.count))
    return [_lead(company, contacts, rng, arrivals.at(number, rng)) for number in numbers]


def _lead(
    company: Company, contacts: Contacts, rng: random.Random, created_at: datetime
) -> dict[str, Any]:
    """One lead's row, as the services would have written it then."""
    contact = contacts.next()
    first_stage = company.stages[0]
    (stage,) = rng.choices(company.stages, weights=company.stage_shares)
    timeframe = rng.choice(list(PurchaseTimeframe))
    return {
        "tenant_id": company.tenant_id,
        "id": _id_at(created_at),
        "name": contact.name,
        "email": contact.email,
        "phone": contact.phone,
        "company": contact.company,
        "domain": contact.domain,
        "country": "NO",
        # an insert through the model makes it from the row; one through Core does not
        "search_text": contact.search_text,
        "stage_id": stage.id,
        "reached_stages": (1 << first_stage.bit) | (1 << stage.bit),
        "source_id": rng.choice((*company.source_ids, None)),
        "owner_id": rng.choice((*company.member_ids, None)),
        "purchase_timeframe": timeframe,
        "temperature": timeframe.temperature,
        "temperature_overridden": False,
        "expected_value": rng.randrange(5, 500) * 1000 if rng.random() < VALUED_SHARE else None,
        "score": rng.randrange(100),
        "score_breakdown": [],
        "custom_fields": {},
        "created_at": created_at,
        "updated_at": created_at,
    }


def _shares(stages: int) -> tuple[int, ...]:
    """bench.growth's shares of leads by stage, for a funnel of any length."""
    return tuple(STAGE_SHARES[min(place, len(STAGE_SHARES) - 1)] for place in range(stages))


def _id_at(at: datetime) -> uuid.UUID:
    """A UUIDv7 of ``at``, as the lead would have had if made then: the list's order
    by creation is by id."""
    identifier: uuid.UUID = uuid_utils.compat.uuid7(nanoseconds=int(at.timestamp() * 1e9))
    return identifier


if __name__ == "__main__":
    sys.exit(main())
