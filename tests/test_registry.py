"""Adapter selection order, plugin loading and registry invariants."""

from __future__ import annotations

import re
import warnings
from importlib.metadata import EntryPoint

import pytest

import newsparse
from newsparse import Adapter, AdapterError, NoAdapterError, Page, Registry
from newsparse.adapters import BUILTIN, FALLBACK
from newsparse.registry import build_registry, load_plugins

ARTICLE = b"<html><body><h1>Headline</h1><p>Some text.</p></body></html>"


def page(url: str | None) -> Page:
    return Page.from_html(ARTICLE, url)


class Alpha(Adapter):
    name = "alpha"
    hosts = frozenset({"alpha.test"})


class AlphaArticles(Adapter):
    name = "alpha_articles"
    hosts = frozenset({"alpha.test"})
    url_pattern = re.compile(r"/\d{4}/")


class AlphaRedesign(Alpha):
    """A layout variant: same host, recognised by a DOM marker."""

    name = "alpha_redesign"

    @classmethod
    def detect(cls, page: Page) -> bool:
        return page.root.find(".//main") is not None


def test_first_claiming_adapter_wins_and_generic_comes_last() -> None:
    registry = Registry(adapters=[AlphaArticles, Alpha], fallback=FALLBACK)
    assert registry.select(page("https://alpha.test/2026/story")) is AlphaArticles
    assert registry.select(page("https://www.alpha.test/about")) is Alpha
    assert registry.select(page("https://news.alpha.test/about")) is Alpha  # subdomain
    assert registry.select(page("https://beta.test/2026/story")) is FALLBACK
    assert registry.select(page(None)) is FALLBACK


def test_detect_picks_a_layout_variant() -> None:
    # Sorted by name the parent comes first; the variant still wins where it matches.
    registry = Registry(adapters=[Alpha, AlphaRedesign], fallback=FALLBACK)
    assert registry.select(page("https://alpha.test/x")) is Alpha
    redesigned = Page.from_html(
        b"<html><body><main><h1>H</h1><p>t</p></main></body></html>", "https://alpha.test/x"
    )
    assert registry.select(redesigned) is AlphaRedesign


def test_lookalike_hosts_are_not_claimed() -> None:
    registry = Registry(adapters=[Alpha], fallback=None)
    with pytest.raises(NoAdapterError, match="no adapter claims"):
        registry.select(page("https://notalpha.test/x"))


def test_names_must_be_unique_and_adapters_real() -> None:
    class Dup(Adapter):
        name = "alpha"

    with pytest.raises(AdapterError, match="two adapters are named 'alpha'"):
        Registry(adapters=[Alpha, Dup])
    with pytest.raises(AdapterError, match="not an Adapter"):
        Registry(adapters=[object])  # type: ignore[list-item]


def test_builtins_are_unique_and_generic_is_the_fallback() -> None:
    # The order of BUILTIN (sorted by module) is checked by tests/adapters/test_contract.py.
    names = [a.name for a in BUILTIN]
    assert len(set(names)) == len(names)
    assert FALLBACK.name == "generic"
    assert "generic" not in names


def _entry_point(name: str, value: str) -> EntryPoint:
    return EntryPoint(name=name, value=value, group="newsparse.adapters")


def test_plugins_load_from_entry_points_and_come_before_builtins() -> None:
    found = [_entry_point("alpha", f"{__name__}:Alpha")]
    plugins = load_plugins(found=found)
    assert plugins == (Alpha,)
    registry = build_registry(plugins)
    assert registry.adapters[0] is Alpha
    assert registry.adapters[1:] == tuple(BUILTIN)
    assert registry.fallback is FALLBACK


def test_a_plugin_replaces_a_builtin_of_the_same_name() -> None:
    if not BUILTIN:
        pytest.skip("no built-in adapter to replace yet")
    builtin = BUILTIN[0]
    replacement = type("Replacement", (Adapter,), {"name": builtin.name, "hosts": builtin.hosts})
    registry = build_registry([replacement])
    assert registry.get(builtin.name) is replacement
    assert builtin not in registry.adapters


@pytest.mark.parametrize(
    ("point", "message"),
    [
        (_entry_point("missing", "no_such_module_xyz:Thing"), "failed to load"),
        (_entry_point("not_adapter", "re:compile"), "not an Adapter"),
        (_entry_point("wrong_name", f"{__name__}:Alpha"), "must equal the adapter's name"),
    ],
)
def test_broken_plugins_warn_or_raise(point: EntryPoint, message: str) -> None:
    with pytest.warns(RuntimeWarning, match=message):
        assert load_plugins(found=[point]) == ()
    with pytest.raises(AdapterError, match=message):
        load_plugins(found=[point], strict=True)


def test_the_installed_example_plugin_is_picked_up_for_its_host() -> None:
    """CI installs examples/plugin_package; the default registry must find it."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        registry = newsparse.default_registry()
    names = registry.names()
    assert "example_gazette" in names, "pip install -e examples/plugin_package first"
    assert names.index("example_gazette") < names.index("generic")
    html = b"""<html><body><h1>Council reopens the pier</h1>
    <p class="gazette-dek">Repairs took two years.</p>
    <ul class="gazette-points"><li>Pier open</li><li>Fees unchanged</li></ul>
    <div class="gazette-story"><p>The pier reopened on Friday.</p>
    <div class="gazette-share"><p>Share this story</p></div></div></body></html>"""
    article = newsparse.parse(html, "https://gazette.example/2026/11/27/pier")
    assert article.adapter == "example_gazette"
    assert article.standfirst == "Repairs took two years."
    assert article.quick_read == ("Pier open", "Fees unchanged")
    assert [b.text for b in article.body] == ["The pier reopened on Friday."]


def test_an_adapter_bug_in_detect_surfaces_as_a_newsparse_error() -> None:
    class BadDetect(Alpha):
        name = "bad_detect"

        @classmethod
        def detect(cls, page: Page) -> bool:
            raise RuntimeError("detect bug")

    registry = Registry(adapters=[BadDetect], fallback=FALLBACK)
    with pytest.raises(newsparse.NewsparseError, match="internal error: RuntimeError: detect bug"):
        newsparse.parse(ARTICLE, "https://alpha.test/x", registry=registry)
