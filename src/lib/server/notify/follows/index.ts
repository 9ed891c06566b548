export { changeFollow, countFollowers, follow, followButton, followers, isFollowing, listFollowed, unfollow } from './follows.service';
export type { FollowButtonState, FollowedItem } from './follows.service';
export { deleteFollow, findFollow, insertFollow } from './follows.sql';
export type { FollowRef } from './follows.sql';
