from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_to_set_arch import ConfigToSetArch
    from ..models.config_to_set_auth import ConfigToSetAuth
    from ..models.config_to_set_backend import ConfigToSetBackend
    from ..models.config_to_set_checksum import ConfigToSetChecksum
    from ..models.config_to_set_chunks import ConfigToSetChunks
    from ..models.config_to_set_client import ConfigToSetClient
    from ..models.config_to_set_disk import ConfigToSetDisk
    from ..models.config_to_set_distributed_sort import ConfigToSetDistributedSort
    from ..models.config_to_set_downloader import ConfigToSetDownloader
    from ..models.config_to_set_ec import ConfigToSetEc
    from ..models.config_to_set_fshc import ConfigToSetFshc
    from ..models.config_to_set_fspaths import ConfigToSetFspaths
    from ..models.config_to_set_get_batch import ConfigToSetGetBatch
    from ..models.config_to_set_keepalivetracker import ConfigToSetKeepalivetracker
    from ..models.config_to_set_log import ConfigToSetLog
    from ..models.config_to_set_lru import ConfigToSetLru
    from ..models.config_to_set_lso import ConfigToSetLso
    from ..models.config_to_set_memsys import ConfigToSetMemsys
    from ..models.config_to_set_mirror import ConfigToSetMirror
    from ..models.config_to_set_net import ConfigToSetNet
    from ..models.config_to_set_periodic import ConfigToSetPeriodic
    from ..models.config_to_set_proxy import ConfigToSetProxy
    from ..models.config_to_set_rate_limit import ConfigToSetRateLimit
    from ..models.config_to_set_rebalance import ConfigToSetRebalance
    from ..models.config_to_set_resilver import ConfigToSetResilver
    from ..models.config_to_set_space import ConfigToSetSpace
    from ..models.config_to_set_tcb import ConfigToSetTcb
    from ..models.config_to_set_tco import ConfigToSetTco
    from ..models.config_to_set_timeout import ConfigToSetTimeout
    from ..models.config_to_set_tracing import ConfigToSetTracing
    from ..models.config_to_set_transport import ConfigToSetTransport
    from ..models.config_to_set_versioning import ConfigToSetVersioning
    from ..models.config_to_set_write_policy import ConfigToSetWritePolicy


T = TypeVar("T", bound="ConfigToSet")


@_attrs_define
class ConfigToSet:
    """`cmn.ConfigToSet`: the configuration sections to change, each with only the knobs to set
    (durations as strings like `"10m"`). Unknown sections or knobs are a 400.
    Example: `{"periodic": {"notif_time": "30s"}, "lru": {"enabled": false}}`.

        Attributes:
            backend (ConfigToSetBackend | Unset):
            mirror (ConfigToSetMirror | Unset):
            ec (ConfigToSetEc | Unset):
            chunks (ConfigToSetChunks | Unset):
            log (ConfigToSetLog | Unset):
            periodic (ConfigToSetPeriodic | Unset):
            tracing (ConfigToSetTracing | Unset):
            timeout (ConfigToSetTimeout | Unset):
            client (ConfigToSetClient | Unset):
            space (ConfigToSetSpace | Unset):
            lru (ConfigToSetLru | Unset):
            disk (ConfigToSetDisk | Unset):
            rebalance (ConfigToSetRebalance | Unset):
            resilver (ConfigToSetResilver | Unset):
            checksum (ConfigToSetChecksum | Unset):
            versioning (ConfigToSetVersioning | Unset):
            net (ConfigToSetNet | Unset):
            fshc (ConfigToSetFshc | Unset):
            auth (ConfigToSetAuth | Unset):
            keepalivetracker (ConfigToSetKeepalivetracker | Unset):
            downloader (ConfigToSetDownloader | Unset):
            distributed_sort (ConfigToSetDistributedSort | Unset):
            transport (ConfigToSetTransport | Unset):
            memsys (ConfigToSetMemsys | Unset):
            tcb (ConfigToSetTcb | Unset):
            tco (ConfigToSetTco | Unset):
            arch (ConfigToSetArch | Unset):
            lso (ConfigToSetLso | Unset):
            write_policy (ConfigToSetWritePolicy | Unset):
            proxy (ConfigToSetProxy | Unset):
            rate_limit (ConfigToSetRateLimit | Unset):
            features (str | Unset): Feature flags, a decimal string.
            get_batch (ConfigToSetGetBatch | Unset):
            fspaths (ConfigToSetFspaths | Unset):
    """

    backend: ConfigToSetBackend | Unset = UNSET
    mirror: ConfigToSetMirror | Unset = UNSET
    ec: ConfigToSetEc | Unset = UNSET
    chunks: ConfigToSetChunks | Unset = UNSET
    log: ConfigToSetLog | Unset = UNSET
    periodic: ConfigToSetPeriodic | Unset = UNSET
    tracing: ConfigToSetTracing | Unset = UNSET
    timeout: ConfigToSetTimeout | Unset = UNSET
    client: ConfigToSetClient | Unset = UNSET
    space: ConfigToSetSpace | Unset = UNSET
    lru: ConfigToSetLru | Unset = UNSET
    disk: ConfigToSetDisk | Unset = UNSET
    rebalance: ConfigToSetRebalance | Unset = UNSET
    resilver: ConfigToSetResilver | Unset = UNSET
    checksum: ConfigToSetChecksum | Unset = UNSET
    versioning: ConfigToSetVersioning | Unset = UNSET
    net: ConfigToSetNet | Unset = UNSET
    fshc: ConfigToSetFshc | Unset = UNSET
    auth: ConfigToSetAuth | Unset = UNSET
    keepalivetracker: ConfigToSetKeepalivetracker | Unset = UNSET
    downloader: ConfigToSetDownloader | Unset = UNSET
    distributed_sort: ConfigToSetDistributedSort | Unset = UNSET
    transport: ConfigToSetTransport | Unset = UNSET
    memsys: ConfigToSetMemsys | Unset = UNSET
    tcb: ConfigToSetTcb | Unset = UNSET
    tco: ConfigToSetTco | Unset = UNSET
    arch: ConfigToSetArch | Unset = UNSET
    lso: ConfigToSetLso | Unset = UNSET
    write_policy: ConfigToSetWritePolicy | Unset = UNSET
    proxy: ConfigToSetProxy | Unset = UNSET
    rate_limit: ConfigToSetRateLimit | Unset = UNSET
    features: str | Unset = UNSET
    get_batch: ConfigToSetGetBatch | Unset = UNSET
    fspaths: ConfigToSetFspaths | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        backend: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backend, Unset):
            backend = self.backend.to_dict()

        mirror: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mirror, Unset):
            mirror = self.mirror.to_dict()

        ec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ec, Unset):
            ec = self.ec.to_dict()

        chunks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chunks, Unset):
            chunks = self.chunks.to_dict()

        log: dict[str, Any] | Unset = UNSET
        if not isinstance(self.log, Unset):
            log = self.log.to_dict()

        periodic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.periodic, Unset):
            periodic = self.periodic.to_dict()

        tracing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tracing, Unset):
            tracing = self.tracing.to_dict()

        timeout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timeout, Unset):
            timeout = self.timeout.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        space: dict[str, Any] | Unset = UNSET
        if not isinstance(self.space, Unset):
            space = self.space.to_dict()

        lru: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lru, Unset):
            lru = self.lru.to_dict()

        disk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disk, Unset):
            disk = self.disk.to_dict()

        rebalance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rebalance, Unset):
            rebalance = self.rebalance.to_dict()

        resilver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resilver, Unset):
            resilver = self.resilver.to_dict()

        checksum: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checksum, Unset):
            checksum = self.checksum.to_dict()

        versioning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.versioning, Unset):
            versioning = self.versioning.to_dict()

        net: dict[str, Any] | Unset = UNSET
        if not isinstance(self.net, Unset):
            net = self.net.to_dict()

        fshc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fshc, Unset):
            fshc = self.fshc.to_dict()

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        keepalivetracker: dict[str, Any] | Unset = UNSET
        if not isinstance(self.keepalivetracker, Unset):
            keepalivetracker = self.keepalivetracker.to_dict()

        downloader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.downloader, Unset):
            downloader = self.downloader.to_dict()

        distributed_sort: dict[str, Any] | Unset = UNSET
        if not isinstance(self.distributed_sort, Unset):
            distributed_sort = self.distributed_sort.to_dict()

        transport: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transport, Unset):
            transport = self.transport.to_dict()

        memsys: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memsys, Unset):
            memsys = self.memsys.to_dict()

        tcb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tcb, Unset):
            tcb = self.tcb.to_dict()

        tco: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tco, Unset):
            tco = self.tco.to_dict()

        arch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arch, Unset):
            arch = self.arch.to_dict()

        lso: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lso, Unset):
            lso = self.lso.to_dict()

        write_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.write_policy, Unset):
            write_policy = self.write_policy.to_dict()

        proxy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.proxy, Unset):
            proxy = self.proxy.to_dict()

        rate_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_limit, Unset):
            rate_limit = self.rate_limit.to_dict()

        features = self.features

        get_batch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.get_batch, Unset):
            get_batch = self.get_batch.to_dict()

        fspaths: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fspaths, Unset):
            fspaths = self.fspaths.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if backend is not UNSET:
            field_dict["backend"] = backend
        if mirror is not UNSET:
            field_dict["mirror"] = mirror
        if ec is not UNSET:
            field_dict["ec"] = ec
        if chunks is not UNSET:
            field_dict["chunks"] = chunks
        if log is not UNSET:
            field_dict["log"] = log
        if periodic is not UNSET:
            field_dict["periodic"] = periodic
        if tracing is not UNSET:
            field_dict["tracing"] = tracing
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if client is not UNSET:
            field_dict["client"] = client
        if space is not UNSET:
            field_dict["space"] = space
        if lru is not UNSET:
            field_dict["lru"] = lru
        if disk is not UNSET:
            field_dict["disk"] = disk
        if rebalance is not UNSET:
            field_dict["rebalance"] = rebalance
        if resilver is not UNSET:
            field_dict["resilver"] = resilver
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        if versioning is not UNSET:
            field_dict["versioning"] = versioning
        if net is not UNSET:
            field_dict["net"] = net
        if fshc is not UNSET:
            field_dict["fshc"] = fshc
        if auth is not UNSET:
            field_dict["auth"] = auth
        if keepalivetracker is not UNSET:
            field_dict["keepalivetracker"] = keepalivetracker
        if downloader is not UNSET:
            field_dict["downloader"] = downloader
        if distributed_sort is not UNSET:
            field_dict["distributed_sort"] = distributed_sort
        if transport is not UNSET:
            field_dict["transport"] = transport
        if memsys is not UNSET:
            field_dict["memsys"] = memsys
        if tcb is not UNSET:
            field_dict["tcb"] = tcb
        if tco is not UNSET:
            field_dict["tco"] = tco
        if arch is not UNSET:
            field_dict["arch"] = arch
        if lso is not UNSET:
            field_dict["lso"] = lso
        if write_policy is not UNSET:
            field_dict["write_policy"] = write_policy
        if proxy is not UNSET:
            field_dict["proxy"] = proxy
        if rate_limit is not UNSET:
            field_dict["rate_limit"] = rate_limit
        if features is not UNSET:
            field_dict["features"] = features
        if get_batch is not UNSET:
            field_dict["get_batch"] = get_batch
        if fspaths is not UNSET:
            field_dict["fspaths"] = fspaths

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.config_to_set_arch import ConfigToSetArch
        from ..models.config_to_set_auth import ConfigToSetAuth
        from ..models.config_to_set_backend import ConfigToSetBackend
        from ..models.config_to_set_checksum import ConfigToSetChecksum
        from ..models.config_to_set_chunks import ConfigToSetChunks
        from ..models.config_to_set_client import ConfigToSetClient
        from ..models.config_to_set_disk import ConfigToSetDisk
        from ..models.config_to_set_distributed_sort import ConfigToSetDistributedSort
        from ..models.config_to_set_downloader import ConfigToSetDownloader
        from ..models.config_to_set_ec import ConfigToSetEc
        from ..models.config_to_set_fshc import ConfigToSetFshc
        from ..models.config_to_set_fspaths import ConfigToSetFspaths
        from ..models.config_to_set_get_batch import ConfigToSetGetBatch
        from ..models.config_to_set_keepalivetracker import ConfigToSetKeepalivetracker
        from ..models.config_to_set_log import ConfigToSetLog
        from ..models.config_to_set_lru import ConfigToSetLru
        from ..models.config_to_set_lso import ConfigToSetLso
        from ..models.config_to_set_memsys import ConfigToSetMemsys
        from ..models.config_to_set_mirror import ConfigToSetMirror
        from ..models.config_to_set_net import ConfigToSetNet
        from ..models.config_to_set_periodic import ConfigToSetPeriodic
        from ..models.config_to_set_proxy import ConfigToSetProxy
        from ..models.config_to_set_rate_limit import ConfigToSetRateLimit
        from ..models.config_to_set_rebalance import ConfigToSetRebalance
        from ..models.config_to_set_resilver import ConfigToSetResilver
        from ..models.config_to_set_space import ConfigToSetSpace
        from ..models.config_to_set_tcb import ConfigToSetTcb
        from ..models.config_to_set_tco import ConfigToSetTco
        from ..models.config_to_set_timeout import ConfigToSetTimeout
        from ..models.config_to_set_tracing import ConfigToSetTracing
        from ..models.config_to_set_transport import ConfigToSetTransport
        from ..models.config_to_set_versioning import ConfigToSetVersioning
        from ..models.config_to_set_write_policy import ConfigToSetWritePolicy

        d = dict(src_dict)
        _backend = d.pop("backend", UNSET)
        backend: ConfigToSetBackend | Unset
        if isinstance(_backend, Unset):
            backend = UNSET
        else:
            backend = ConfigToSetBackend.from_dict(_backend)

        _mirror = d.pop("mirror", UNSET)
        mirror: ConfigToSetMirror | Unset
        if isinstance(_mirror, Unset):
            mirror = UNSET
        else:
            mirror = ConfigToSetMirror.from_dict(_mirror)

        _ec = d.pop("ec", UNSET)
        ec: ConfigToSetEc | Unset
        if isinstance(_ec, Unset):
            ec = UNSET
        else:
            ec = ConfigToSetEc.from_dict(_ec)

        _chunks = d.pop("chunks", UNSET)
        chunks: ConfigToSetChunks | Unset
        if isinstance(_chunks, Unset):
            chunks = UNSET
        else:
            chunks = ConfigToSetChunks.from_dict(_chunks)

        _log = d.pop("log", UNSET)
        log: ConfigToSetLog | Unset
        if isinstance(_log, Unset):
            log = UNSET
        else:
            log = ConfigToSetLog.from_dict(_log)

        _periodic = d.pop("periodic", UNSET)
        periodic: ConfigToSetPeriodic | Unset
        if isinstance(_periodic, Unset):
            periodic = UNSET
        else:
            periodic = ConfigToSetPeriodic.from_dict(_periodic)

        _tracing = d.pop("tracing", UNSET)
        tracing: ConfigToSetTracing | Unset
        if isinstance(_tracing, Unset):
            tracing = UNSET
        else:
            tracing = ConfigToSetTracing.from_dict(_tracing)

        _timeout = d.pop("timeout", UNSET)
        timeout: ConfigToSetTimeout | Unset
        if isinstance(_timeout, Unset):
            timeout = UNSET
        else:
            timeout = ConfigToSetTimeout.from_dict(_timeout)

        _client = d.pop("client", UNSET)
        client: ConfigToSetClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = ConfigToSetClient.from_dict(_client)

        _space = d.pop("space", UNSET)
        space: ConfigToSetSpace | Unset
        if isinstance(_space, Unset):
            space = UNSET
        else:
            space = ConfigToSetSpace.from_dict(_space)

        _lru = d.pop("lru", UNSET)
        lru: ConfigToSetLru | Unset
        if isinstance(_lru, Unset):
            lru = UNSET
        else:
            lru = ConfigToSetLru.from_dict(_lru)

        _disk = d.pop("disk", UNSET)
        disk: ConfigToSetDisk | Unset
        if isinstance(_disk, Unset):
            disk = UNSET
        else:
            disk = ConfigToSetDisk.from_dict(_disk)

        _rebalance = d.pop("rebalance", UNSET)
        rebalance: ConfigToSetRebalance | Unset
        if isinstance(_rebalance, Unset):
            rebalance = UNSET
        else:
            rebalance = ConfigToSetRebalance.from_dict(_rebalance)

        _resilver = d.pop("resilver", UNSET)
        resilver: ConfigToSetResilver | Unset
        if isinstance(_resilver, Unset):
            resilver = UNSET
        else:
            resilver = ConfigToSetResilver.from_dict(_resilver)

        _checksum = d.pop("checksum", UNSET)
        checksum: ConfigToSetChecksum | Unset
        if isinstance(_checksum, Unset):
            checksum = UNSET
        else:
            checksum = ConfigToSetChecksum.from_dict(_checksum)

        _versioning = d.pop("versioning", UNSET)
        versioning: ConfigToSetVersioning | Unset
        if isinstance(_versioning, Unset):
            versioning = UNSET
        else:
            versioning = ConfigToSetVersioning.from_dict(_versioning)

        _net = d.pop("net", UNSET)
        net: ConfigToSetNet | Unset
        if isinstance(_net, Unset):
            net = UNSET
        else:
            net = ConfigToSetNet.from_dict(_net)

        _fshc = d.pop("fshc", UNSET)
        fshc: ConfigToSetFshc | Unset
        if isinstance(_fshc, Unset):
            fshc = UNSET
        else:
            fshc = ConfigToSetFshc.from_dict(_fshc)

        _auth = d.pop("auth", UNSET)
        auth: ConfigToSetAuth | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = ConfigToSetAuth.from_dict(_auth)

        _keepalivetracker = d.pop("keepalivetracker", UNSET)
        keepalivetracker: ConfigToSetKeepalivetracker | Unset
        if isinstance(_keepalivetracker, Unset):
            keepalivetracker = UNSET
        else:
            keepalivetracker = ConfigToSetKeepalivetracker.from_dict(_keepalivetracker)

        _downloader = d.pop("downloader", UNSET)
        downloader: ConfigToSetDownloader | Unset
        if isinstance(_downloader, Unset):
            downloader = UNSET
        else:
            downloader = ConfigToSetDownloader.from_dict(_downloader)

        _distributed_sort = d.pop("distributed_sort", UNSET)
        distributed_sort: ConfigToSetDistributedSort | Unset
        if isinstance(_distributed_sort, Unset):
            distributed_sort = UNSET
        else:
            distributed_sort = ConfigToSetDistributedSort.from_dict(_distributed_sort)

        _transport = d.pop("transport", UNSET)
        transport: ConfigToSetTransport | Unset
        if isinstance(_transport, Unset):
            transport = UNSET
        else:
            transport = ConfigToSetTransport.from_dict(_transport)

        _memsys = d.pop("memsys", UNSET)
        memsys: ConfigToSetMemsys | Unset
        if isinstance(_memsys, Unset):
            memsys = UNSET
        else:
            memsys = ConfigToSetMemsys.from_dict(_memsys)

        _tcb = d.pop("tcb", UNSET)
        tcb: ConfigToSetTcb | Unset
        if isinstance(_tcb, Unset):
            tcb = UNSET
        else:
            tcb = ConfigToSetTcb.from_dict(_tcb)

        _tco = d.pop("tco", UNSET)
        tco: ConfigToSetTco | Unset
        if isinstance(_tco, Unset):
            tco = UNSET
        else:
            tco = ConfigToSetTco.from_dict(_tco)

        _arch = d.pop("arch", UNSET)
        arch: ConfigToSetArch | Unset
        if isinstance(_arch, Unset):
            arch = UNSET
        else:
            arch = ConfigToSetArch.from_dict(_arch)

        _lso = d.pop("lso", UNSET)
        lso: ConfigToSetLso | Unset
        if isinstance(_lso, Unset):
            lso = UNSET
        else:
            lso = ConfigToSetLso.from_dict(_lso)

        _write_policy = d.pop("write_policy", UNSET)
        write_policy: ConfigToSetWritePolicy | Unset
        if isinstance(_write_policy, Unset):
            write_policy = UNSET
        else:
            write_policy = ConfigToSetWritePolicy.from_dict(_write_policy)

        _proxy = d.pop("proxy", UNSET)
        proxy: ConfigToSetProxy | Unset
        if isinstance(_proxy, Unset):
            proxy = UNSET
        else:
            proxy = ConfigToSetProxy.from_dict(_proxy)

        _rate_limit = d.pop("rate_limit", UNSET)
        rate_limit: ConfigToSetRateLimit | Unset
        if isinstance(_rate_limit, Unset):
            rate_limit = UNSET
        else:
            rate_limit = ConfigToSetRateLimit.from_dict(_rate_limit)

        features = d.pop("features", UNSET)

        _get_batch = d.pop("get_batch", UNSET)
        get_batch: ConfigToSetGetBatch | Unset
        if isinstance(_get_batch, Unset):
            get_batch = UNSET
        else:
            get_batch = ConfigToSetGetBatch.from_dict(_get_batch)

        _fspaths = d.pop("fspaths", UNSET)
        fspaths: ConfigToSetFspaths | Unset
        if isinstance(_fspaths, Unset):
            fspaths = UNSET
        else:
            fspaths = ConfigToSetFspaths.from_dict(_fspaths)

        config_to_set = cls(
            backend=backend,
            mirror=mirror,
            ec=ec,
            chunks=chunks,
            log=log,
            periodic=periodic,
            tracing=tracing,
            timeout=timeout,
            client=client,
            space=space,
            lru=lru,
            disk=disk,
            rebalance=rebalance,
            resilver=resilver,
            checksum=checksum,
            versioning=versioning,
            net=net,
            fshc=fshc,
            auth=auth,
            keepalivetracker=keepalivetracker,
            downloader=downloader,
            distributed_sort=distributed_sort,
            transport=transport,
            memsys=memsys,
            tcb=tcb,
            tco=tco,
            arch=arch,
            lso=lso,
            write_policy=write_policy,
            proxy=proxy,
            rate_limit=rate_limit,
            features=features,
            get_batch=get_batch,
            fspaths=fspaths,
        )

        return config_to_set
