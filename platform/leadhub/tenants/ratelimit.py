"""Rate limits on sign-up, login and password resets: per client address, and per
account for login and resets."""

from dataclasses import dataclass

from limits import RateLimitItem, parse
from limits.aio.storage import Storage
from limits.aio.strategies import MovingWindowRateLimiter
from limits.storage import storage_from_string

from leadhub.settings import Settings
from leadhub.tenants.errors import TenantError, TenantErrorCode
from leadhub.tenants.validation import account_key


@dataclass(frozen=True)
class RateLimits:
    limiter: MovingWindowRateLimiter
    sign_up_per_address: RateLimitItem
    login_per_address: RateLimitItem
    login_per_account: RateLimitItem
    password_reset_per_address: RateLimitItem
    password_reset_per_account: RateLimitItem

    @classmethod
    def from_settings(cls, settings: Settings) -> "RateLimits":
        storage = storage_from_string(f"async+{settings.rate_limit_storage_url}")
        assert isinstance(storage, Storage)
        return cls(
            limiter=MovingWindowRateLimiter(storage),
            sign_up_per_address=parse(settings.sign_up_rate_limit),
            login_per_address=parse(settings.login_rate_limit_per_address),
            login_per_account=parse(settings.login_rate_limit_per_account),
            password_reset_per_address=parse(settings.password_reset_rate_limit_per_address),
            password_reset_per_account=parse(settings.password_reset_rate_limit_per_account),
        )

    async def check_sign_up(self, client_address: str) -> None:
        await self._hit(self.sign_up_per_address, "sign-up", client_address)

    async def check_login(self, client_address: str, email: str) -> None:
        await self._hit(self.login_per_address, "login-address", client_address)
        await self._hit(self.login_per_account, "login-account", account_key(email))

    async def check_password_reset(self, client_address: str, email: str) -> None:
        # Counted whether or not the email has an account: the limit tells nothing.
        await self._hit(self.password_reset_per_address, "reset-address", client_address)
        await self._hit(self.password_reset_per_account, "reset-account", account_key(email))

    async def _hit(self, limit: RateLimitItem, *identifiers: str) -> None:
        if not await self.limiter.hit(limit, *identifiers):
            raise TenantError(
                TenantErrorCode.RATE_LIMITED,
                f"Too many attempts; the limit is {limit}. Try again later.",
            )
