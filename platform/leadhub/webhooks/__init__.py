"""Webhooks: what happens in a tenant, sent to the addresses partners subscribe, signed
as the Standard Webhooks specification says, and retried until they answer.

Events are read from the tenant's commit log (``activity.positions``) after each
commit, so no domain knows webhooks exist: ``dispatch`` turns the activities and
tombstones of committed transactions into deliveries, ``delivery`` sends each
and retries it, and ``endpoints`` is where members and partners manage what they
receive.
"""
