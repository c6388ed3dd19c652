// The AWS-shaped results lib/iam returns: plain data with IAM API member names and ISO
// dates, never Prisma rows (STYLE: components get DTOs).
import type { TTag } from './schemas'

/**
 * A value the caller may not read: a list shows this in a cell whose data comes from
 * another call (AWS's console writes "Access denied" there) that the gate denies.
 */
export interface AccessDeniedCell {
  accessDenied: true
  /** The call the cell needs, e.g. "iam:ListGroupsForUser". */
  action: string
}

export type Visible<T> = T | AccessDeniedCell

export const isAccessDenied = (cell: unknown): cell is AccessDeniedCell =>
  typeof cell === 'object' && cell !== null && (cell as { accessDenied?: unknown }).accessDenied === true

export interface PermissionsBoundaryDto {
  PermissionsBoundaryType: 'Policy'
  PermissionsBoundaryArn: string
}

export interface UserDto {
  Path: string
  UserName: string
  UserId: string
  Arn: string
  CreateDate: string
  PasswordLastUsed?: string
  PermissionsBoundary?: PermissionsBoundaryDto
  Tags?: TTag[]
}

export interface GroupDto {
  Path: string
  GroupName: string
  GroupId: string
  Arn: string
  CreateDate: string
}

export interface RoleDto {
  Path: string
  RoleName: string
  RoleId: string
  Arn: string
  CreateDate: string
  AssumeRolePolicyDocument: string
  Description?: string
  MaxSessionDuration: number
  PermissionsBoundary?: PermissionsBoundaryDto
  Tags?: TTag[]
  RoleLastUsed?: { LastUsedDate?: string; Region?: string }
}

export interface PolicyDto {
  PolicyName: string
  PolicyId: string
  Arn: string
  Path: string
  DefaultVersionId: string
  AttachmentCount: number
  PermissionsBoundaryUsageCount: number
  IsAttachable: boolean
  Description?: string
  CreateDate: string
  UpdateDate: string
  Tags?: TTag[]
}

export interface PolicyVersionDto {
  Document: string
  VersionId: string
  IsDefaultVersion: boolean
  CreateDate: string
}

export interface AttachedPolicyDto {
  PolicyName: string
  PolicyArn: string
}

export interface ListResult {
  IsTruncated: boolean
  Marker?: string
}

const iso = (d: Date) => d.toISOString()
const boundaryOf = (arn: string | null | undefined): { PermissionsBoundary?: PermissionsBoundaryDto } =>
  arn ? { PermissionsBoundary: { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: arn } } : {}
const tagsOf = (tags: { key: string; value: string }[] | undefined): { Tags?: TTag[] } =>
  tags && tags.length ? { Tags: tags.map((t) => ({ Key: t.key, Value: t.value })) } : {}

export function toUserDto(u: {
  path: string; name: string; id: string; arn: string; createdAt: Date; passwordLastUsedAt?: Date | null
  permissionsBoundary?: { arn: string } | null; tags?: { key: string; value: string }[]
}): UserDto {
  return {
    Path: u.path, UserName: u.name, UserId: u.id, Arn: u.arn, CreateDate: iso(u.createdAt),
    ...(u.passwordLastUsedAt ? { PasswordLastUsed: iso(u.passwordLastUsedAt) } : {}),
    ...boundaryOf(u.permissionsBoundary?.arn),
    ...tagsOf(u.tags),
  }
}

export function toGroupDto(g: { path: string; name: string; id: string; arn: string; createdAt: Date }): GroupDto {
  return { Path: g.path, GroupName: g.name, GroupId: g.id, Arn: g.arn, CreateDate: iso(g.createdAt) }
}

export function toRoleDto(r: {
  path: string; name: string; id: string; arn: string; createdAt: Date; assumeRolePolicyDocument: string
  description: string | null; maxSessionDuration: number; lastUsedAt: Date | null; lastUsedRegion: string | null
  permissionsBoundary?: { arn: string } | null; tags?: { key: string; value: string }[]
}): RoleDto {
  return {
    Path: r.path, RoleName: r.name, RoleId: r.id, Arn: r.arn, CreateDate: iso(r.createdAt),
    AssumeRolePolicyDocument: r.assumeRolePolicyDocument,
    ...(r.description !== null ? { Description: r.description } : {}),
    MaxSessionDuration: r.maxSessionDuration,
    ...boundaryOf(r.permissionsBoundary?.arn),
    ...tagsOf(r.tags),
    RoleLastUsed: {
      ...(r.lastUsedAt ? { LastUsedDate: iso(r.lastUsedAt) } : {}),
      ...(r.lastUsedRegion ? { Region: r.lastUsedRegion } : {}),
    },
  }
}

export function toPolicyDto(p: {
  name: string; id: string; arn: string; path: string; defaultVersionId: string; isAttachable: boolean
  description: string | null; createdAt: Date; updatedAt: Date; tags?: { key: string; value: string }[]
  _count?: { userAttachments: number; groupAttachments: number; roleAttachments: number; usersBounded: number; rolesBounded: number }
}): PolicyDto {
  const c = p._count
  return {
    PolicyName: p.name, PolicyId: p.id, Arn: p.arn, Path: p.path, DefaultVersionId: p.defaultVersionId,
    AttachmentCount: c ? c.userAttachments + c.groupAttachments + c.roleAttachments : 0,
    PermissionsBoundaryUsageCount: c ? c.usersBounded + c.rolesBounded : 0,
    IsAttachable: p.isAttachable,
    ...(p.description !== null ? { Description: p.description } : {}),
    CreateDate: iso(p.createdAt), UpdateDate: iso(p.updatedAt),
    ...tagsOf(p.tags),
  }
}

/** Usage counts of a managed policy within one account (AWS managed policies are shared). */
export function policyCounts(accountId: string) {
  return {
    _count: {
      select: {
        userAttachments: { where: { user: { accountId } } },
        groupAttachments: { where: { group: { accountId } } },
        roleAttachments: { where: { role: { accountId } } },
        usersBounded: { where: { accountId } },
        rolesBounded: { where: { accountId } },
      },
    },
  } as const
}

export function toPolicyVersionDto(v: { document: string; versionId: string; isDefault: boolean; createdAt: Date }): PolicyVersionDto {
  return { Document: v.document, VersionId: v.versionId, IsDefaultVersion: v.isDefault, CreateDate: iso(v.createdAt) }
}

// Markers are opaque to clients; here they carry the offset of the next item.
export function markerOffset(marker: string | undefined): number {
  return marker ? Number.parseInt(Buffer.from(marker, 'base64url').toString(), 10) || 0 : 0
}

/** Rows fetched with skip = offset, take = size + 1: the extra row says there is a next page. */
export function dbPage<T>(rows: T[], offset: number, size: number): { items: T[] } & ListResult {
  return rows.length > size
    ? { items: rows.slice(0, size), IsTruncated: true, Marker: Buffer.from(String(offset + size)).toString('base64url') }
    : { items: rows, IsTruncated: false }
}

export function page<T>(items: T[], marker: string | undefined, maxItems: number | undefined): { items: T[] } & ListResult {
  const start = markerOffset(marker)
  const size = maxItems ?? 100
  return dbPage(items.slice(start, start + size + 1), start, size)
}
