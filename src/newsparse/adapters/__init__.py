"""The built-in adapters.

``BUILTIN`` is the one explicit list, sorted by name, one line per adapter. A layout
variant (a subclass with its own ``detect()``) is listed before its parent. Importing
this package registers nothing anywhere: the registry reads these names.
"""

from __future__ import annotations

from newsparse.adapter import Adapter
from newsparse.adapters.apnews import APNews2024Adapter, APNewsAdapter
from newsparse.adapters.bbc import BBCAdapter
from newsparse.adapters.cnbc import CNBCAdapter
from newsparse.adapters.cnn import CNNAdapter
from newsparse.adapters.foxnews import FoxNewsAdapter
from newsparse.adapters.freebeacon import FreeBeaconAdapter
from newsparse.adapters.generic import GenericAdapter
from newsparse.adapters.inews import INewsAdapter
from newsparse.adapters.latimes import LATimesAdapter
from newsparse.adapters.newslooks import NewslooksAdapter
from newsparse.adapters.npr import NPRAdapter
from newsparse.adapters.nytimes import NYTimesAdapter
from newsparse.adapters.occupydemocrats import OccupyDemocratsAdapter
from newsparse.adapters.reuters import ReutersAdapter
from newsparse.adapters.thegatewaypundit import TheGatewayPunditAdapter
from newsparse.adapters.theguardian import TheGuardianAdapter
from newsparse.adapters.theindependent import TheIndependentAdapter
from newsparse.adapters.theintercept import TheIntercept2024Adapter, TheInterceptAdapter
from newsparse.adapters.thenation import TheNation2024Adapter, TheNationAdapter
from newsparse.adapters.thenewyorker import TheNewYorkerAdapter
from newsparse.adapters.thetelegraph import TheTelegraphAdapter
from newsparse.adapters.washingtontimes import WashingtonTimesAdapter

BUILTIN: tuple[type[Adapter], ...] = (
    # keep sorted by .name; one line per adapter
    APNews2024Adapter,
    APNewsAdapter,
    BBCAdapter,
    CNBCAdapter,
    CNNAdapter,
    FoxNewsAdapter,
    FreeBeaconAdapter,
    INewsAdapter,
    LATimesAdapter,
    NewslooksAdapter,
    NPRAdapter,
    NYTimesAdapter,
    OccupyDemocratsAdapter,
    ReutersAdapter,
    TheGatewayPunditAdapter,
    TheGuardianAdapter,
    TheIndependentAdapter,
    TheIntercept2024Adapter,
    TheInterceptAdapter,
    TheNation2024Adapter,
    TheNationAdapter,
    TheNewYorkerAdapter,
    TheTelegraphAdapter,
    WashingtonTimesAdapter,
)

FALLBACK: type[Adapter] = GenericAdapter

__all__ = ["BUILTIN", "FALLBACK", "GenericAdapter"]
