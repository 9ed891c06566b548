export { countFollowers, follow, followers, isFollowing, unfollow } from './follows.service';
